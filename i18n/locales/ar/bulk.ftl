# الدعوة الجماعية: الملف ومعاينته وتقدّم المهمة ونتيجة كل صف.

## أعمدة الملف وصيغه (لا تُترجم عناوين أعمدة الملف نفسه).

bulk-column-email = عنوان البريد الإلكتروني
bulk-column-display-name = اسم العرض
bulk-column-given-name = الاسم الأول
bulk-column-surname = اسم العائلة
bulk-column-company = الشركة
bulk-column-sponsors = الرعاة
bulk-column-groups = المجموعات
bulk-column-language = لغة الرسالة
bulk-column-cc = نسخة إلى (cc)
bulk-column-user-type = نوع المستخدم
bulk-column-redirect = عنوان URL لإعادة التوجيه
bulk-column-send-mail = إرسال رسالة الدعوة
bulk-column-message = رسالة شخصية
bulk-format-entra = قالب الدعوة الجماعية من Microsoft Entra
bulk-format-csv = ملف CSV
bulk-format-addresses = قائمة عناوين

## قراءة الملف.

bulk-line-error = السطر { $line }: { $text }
bulk-line-column-error = السطر { $line }، العمود "{ $column }": { $text }
bulk-cell-no-email = لا يوجد عنوان بريد إلكتروني. املأه أو استبعد الصف.
bulk-cell-send-mail = القيمة "{ $value }" ليست true ولا false. اكتب true لإرسال رسالة الدعوة من Microsoft، أو false لعدم إرسالها.
bulk-cell-user-type = القيمة "{ $value }" ليست نوع مستخدم. اكتب Guest أو Member (أو اتركها فارغة لـ Guest).
bulk-file-too-large = حجم الملف { $size } ميغابايت؛ يقبل Guestlist { $max } ميغابايت على الأكثر ({ $rows } صف) في المرة الواحدة. قسّمه إلى ملفات أصغر وأرسل كلاً منها.
bulk-file-empty = الملف فارغ. استخدم القالب، أو الصق العناوين، عنواناً في كل سطر.
bulk-file-template-version = السطر { $line }: هذا هو الإصدار "{ $version }" من قالب الدعوة الجماعية من Microsoft؛ يقرأ Guestlist الإصدار v1.0. نزّل القالب مرة أخرى.
bulk-file-unclosed-quote = السطر { $line }: علامة اقتباس (") تفتح خلية هناك ولا تُغلق أبداً، فيُقرأ باقي الملف كخلية واحدة. أغلق علامة الاقتباس أو احذفها.
bulk-file-header-unreadable = السطر { $line }: تتعذر قراءة صف العناوين ({ $error }).
bulk-file-no-header = لا يحتوي الملف على صف عناوين. استخدم القالب، أو الصق العناوين، عنواناً في كل سطر.
bulk-file-two-columns = السطر { $line }: العمودان "{ $earlier }" و"{ $header }" يحتويان كلاهما على: { $column }. اختر أيهما يُستخدم.
bulk-file-no-email-column = السطر { $line }: لا يحتوي أي عمود على عناوين البريد الإلكتروني. سمِّ أحدها "Email address to invite [inviteeEmail]" أو "email"، أو اختر العمود الذي يحتويها.
bulk-line-unreadable = تتعذر قراءة هذا السطر ({ $error }).
bulk-line-too-many-cells-commas = يحتوي هذا السطر على { $cells } خلية بينما يحتوي صف العناوين على { $headers } فقط: هل يوجد فاصل داخل خلية؟ ضع الخلايا التي تحتوي على فواصل بين علامتي اقتباس مزدوجتين.
bulk-line-too-many-cells-semicolons = يحتوي هذا السطر على { $cells } خلية بينما يحتوي صف العناوين على { $headers } فقط: هل يوجد فاصل داخل خلية؟ ضع الخلايا التي تحتوي على فواصل منقوطة بين علامتي اقتباس مزدوجتين.
bulk-file-too-many-rows = يحتوي الملف على أكثر من { $max } صف؛ يقبل Guestlist { $max } على الأكثر في المرة الواحدة. قسّمه إلى ملفات أصغر وأرسل كلاً منها.
bulk-file-nobody = يحتوي الملف على صف عناوين لكن لا يوجد تحته أحد لدعوته.
bulk-line-too-many-addresses = يقبل Guestlist { $max } عنوان على الأكثر في المرة الواحدة؛ تُرك هذا العنوان وما بعده.

## ما وجدته المعاينة، وما يفعله التأكيد.

bulk-verdict-new = جديد
bulk-verdict-existing = موجود بالفعل في الدليل
bulk-verdict-blocked = محظور
bulk-verdict-invalid = غير صالح
bulk-verdict-duplicate = مكرر
bulk-verdict-needs-approval = يحتاج إلى موافقة
bulk-verdict-unreadable = غير مقروء
bulk-choice-skip = تخطيهم
bulk-choice-resend = إعادة إرسال الدعوة (رابط جديد)
bulk-choice-reset = إعادة تعيين الاسترداد
bulk-plan-dropped = مستبعد
bulk-plan-invite = دعوة
bulk-plan-ask = طلب موافقة معتمِد
bulk-plan-resend = إعادة إرسال
bulk-plan-reset = إعادة تعيين الاسترداد
bulk-plan-skip = تخطٍّ
bulk-summary-new = للدعوة: { $count }
bulk-summary-needs-approval = تحتاج إلى موافقة معتمِد: { $count }
bulk-summary-existing = موجودة بالفعل في الدليل: { $count }
bulk-summary-blocked = محظورة: { $count }
bulk-summary-invalid = غير صالحة: { $count }
bulk-summary-duplicate = مكررة: { $count }
bulk-summary-dropped = مستبعدة: { $count }
bulk-summary-unreadable = أسطر غير مقروءة: { $count }
bulk-summary-separator = {"، "}
bulk-summary = عدد الصفوف { $rows }: { $parts }. يؤدي التأكيد إلى إرسال { $send }.
bulk-summary-asking = عدد الصفوف { $rows }: { $parts }. يؤدي التأكيد إلى إرسال { $send } وطلب موافقة معتمِد على { $ask }.

## سبب حالة الصف.

bulk-reason-duplicate = العنوان نفسه موجود في السطر { $line }: يُستخدم ذلك الصف فقط. استبعد هذا الصف أو صحّح عنوانه.
bulk-reason-cell = { $column }: { $text }
bulk-reason-address-unusable = { $column }: لا يمكن دعوة "{ $email }": { $error }. لا تقبل Microsoft العناوين التي تحتوي على "+" أو رموز مشابهة؛ اطلب العنوان البسيط للشخص.
bulk-reason-not-checked = تعذر التحقق: { $error } صحّح الصف أو أعد التحقق منه للمحاولة مرة أخرى.
bulk-reason-no-sponsor = حدّد راعياً في الصف: لا يوجد أحد مسجّل الدخول ليكون الراعي (في سطر الأوامر، استخدم ‎--as مع اسم المستخدم الخاص بك).
bulk-reason-existing-member = موجود بالفعل في الدليل باسم { $name } ({ $upn })، وهو عضو في مؤسستك: لا يحتاج إلى دعوة.
bulk-reason-existing-pending = موجود بالفعل في الدليل باسم { $name } ({ $upn })، وهو ضيف لم يقبل بعد: أعد الإرسال لمنحه رابطاً جديداً.
bulk-reason-existing-guest = موجود بالفعل في الدليل باسم { $name } ({ $upn })، وهو ضيف ({ $state }): أعد تعيين الاسترداد إذا كان عليه القبول من جديد.
bulk-reason-existing-external = موجود بالفعل في الدليل باسم { $name } ({ $upn })، وهو مستخدم خارجي.
bulk-reason-existing = موجود بالفعل في الدليل باسم { $name } ({ $upn }).
bulk-reason-admins-approve = مسؤولو Guestlist
bulk-reason-needs-approval = { $why } مَن يوافق: { $who }.

## تغيير الدعوة الجماعية وإرسالها.

bulk-no-such = لا توجد دعوة جماعية كهذه (أو لم تعد موجودة). ابدأ دعوة جديدة من صفحة الدعوة الجماعية.
bulk-someone-elses-change = هذه الدعوة الجماعية تخص شخصاً آخر: لا يمكن تغييرها أو إرسالها إلا لمن أنشأها.
bulk-someone-elses-see = هذه الدعوة الجماعية تخص شخصاً آخر: لا يمكن الاطلاع عليها إلا لمن أنشأها وللمسؤولين.
bulk-sent-already-job = أُرسلت هذه الدعوة الجماعية بالفعل (المهمة { $job })؛ لم يعد بالإمكان تغيير صفوفها. أعد محاولة الصفوف الفاشلة كمهمة جديدة بدلاً من ذلك.
bulk-sent-already-requests = أُرسلت هذه الدعوة الجماعية بالفعل: طلباتها لدى المعتمِدين (راجع طلباتي)، ولم يعد بالإمكان تغيير صفوفها.
bulk-no-such-row = لا يوجد صف رقم { $number }: عدد صفوف هذه الدعوة الجماعية { $count }.
bulk-choice-not-existing = الصف { $number } ليس لشخص موجود بالفعل في الدليل: لا يوجد ما يُعاد إرساله أو تعيينه.
bulk-choice-member = { $upn } عضو في مؤسستك وليس مستخدماً خارجياً: لا يحتاج إلى دعوة.
bulk-nothing-to-send = لن يُرسل شيء: لا يوجد صف جديد، ولم يُحدد أحد من الموجودين في الدليل لإعادة الإرسال أو إعادة التعيين. صحّح الصفوف، أو اختر إعادة الإرسال أو إعادة التعيين.
bulk-reason-needed = عدد الصفوف التي تحتاج إلى موافقة معتمِد: { $count }. اذكر سبب الحاجة إلى هؤلاء الضيوف (مبرر العمل) ليقرر المعتمِدون بناءً عليه.
bulk-retry-not-sent = لم تُرسل هذه الدعوة الجماعية بعد: لا توجد صفوف فاشلة لإعادة محاولتها.
bulk-retry-running = المهمة { $job } لا تزال قيد التشغيل: انتظر حتى تنتهي، ثم أعد محاولة صفوفها الفاشلة.
bulk-retry-nothing = لم يفشل أي صف: لا يوجد ما تُعاد محاولته.
bulk-retry-source = الصفوف الفاشلة من { $source }
bulk-steer-not-sent = لم تُرسل هذه الدعوة الجماعية بعد: لا توجد مهمة لإيقافها أو استئنافها أو إلغائها.
bulk-steer-unknown = يمكن إيقاف المهمة مؤقتاً أو استئنافها أو إلغاؤها.

## تقدّم المهمة.

bulk-progress-sentence = أُنجز { $done } من { $total }، فشل { $failed }، متبقٍّ { $remaining }{ $cancelled ->
        [0] {""}
       *[other] ، أُلغي { $cancelled }
    }{ $pace }.
bulk-progress-pace = { $rate } في الثانية
bulk-progress-pace-left = { $rate } في الثانية، ويتبقى نحو { $left }
bulk-progress-paused = توقفت من تلقاء نفسها: Microsoft Graph مشغول أو لا يستجيب. ستستأنف من تلقاء نفسها في { $at }؛ ولن يضيع شيء في الأثناء.
bulk-progress-status = { $state } — { $percent }٪. { $sentence }
bulk-duration-seconds = { $n } ث
bulk-duration-minutes = { $n } د
bulk-duration-hours = { $n } س

## نتيجة كل صف.

bulk-outcome-invited = تمت الدعوة
bulk-outcome-resent = أُعيد الإرسال
bulk-outcome-reset = أُعيد تعيين الاسترداد
bulk-outcome-found-after-interruption = عُثر عليه في الدليل بعد محاولة منقطعة: لم يُدعَ مرتين؛ وأُعيد تعيين مجموعاته ووصوله إلى التطبيقات وخصائصه.
bulk-outcome-step-failed = فشلت الخطوة: { $step }.
bulk-outcome-dropped = مستبعد
bulk-outcome-requested = أُرسل الطلب { $request } للموافقة
bulk-outcome-not-sent = لم يُرسل بعد
bulk-outcome-skipped = تم التخطي: { $verdict }

## صفحات الدعوة الجماعية.

bulk-title = دعوة جماعية
bulk-lead = ادعُ أشخاصاً كثيرين دفعة واحدة من ملف CSV أو قائمة ملصقة. يتحقق Guestlist من كل صف أولاً — مَن الجديد، ومَن الموجود بالفعل في دليلك، وما الذي سيُرفض ولماذا — ولا يرسل شيئاً حتى تؤكد.
bulk-map-column = العمود "{ $header }"
bulk-map-ignore = تجاهل هذا العمود
bulk-map-legend = ما يحتويه كل عمود
bulk-file-label = ملف CSV
bulk-file-again = ملف CSV نفسه مرة أخرى
bulk-file-help = قالب الدعوة الجماعية من Microsoft Entra كما يقدمه مركز الإدارة (version:v1.0)، أو { $template } مع الأسماء والشركة والرعاة والمجموعات واللغة ومستلم النسخة ونوع المستخدم. فواصل أو فواصل منقوطة بين الخلايا، مع علامة ترتيب البايت من Excel أو بدونها؛ 2 ميغابايت على الأكثر (10,000 صف).
bulk-file-help-template = قالب Guestlist
bulk-paste-label = أو الصق عناوين البريد الإلكتروني، عنواناً في كل سطر
bulk-paste-help = يمكن أن يكون السطر أيضاً "الاسم <العنوان>". يتلقى كل شخص رسالة الدعوة من Microsoft، وتكون أنت راعيه.
bulk-read-again = قراءة الملف مرة أخرى بهذه الأعمدة
bulk-check-rows = التحقق من الصفوف (لن يُرسل شيء بعد)
bulk-back = العودة إلى الدعوة الجماعية
bulk-heading = دعوة جماعية: { $source }
bulk-breadcrumb = مسار التنقل
bulk-total-new = جديد: ستتم دعوتهم
bulk-total-needs-approval = تحتاج إلى موافقة معتمِد
bulk-total-existing = موجودون بالفعل في الدليل
bulk-total-blocked = محظورون
bulk-total-invalid = غير صالحين
bulk-total-duplicate = مكررون في الملف
bulk-total-dropped = مستبعدون
bulk-total-to-send = سيتم إرسالها
bulk-unreadable-lines = أسطر تعذرت قراءتها
bulk-columns-wrong = هل قُرئت الأعمدة بشكل خاطئ؟ حدّد ما يحتويه كل منها
bulk-send = { $count ->
        [one] إرسال دعوة واحدة
        [two] إرسال دعوتين
       *[other] إرسال الدعوات ({ $count })
    }
bulk-ask = { $count ->
        [one] طلب موافقة معتمِد على دعوة واحدة
        [two] طلب موافقة معتمِد على دعوتين
       *[other] طلب موافقة معتمِد على الدعوات ({ $count })
    }
bulk-send-and-ask = إرسال الدعوات ({ $count }) وطلب موافقة معتمِد على { $ask }
bulk-reason-label = مبرر العمل للصفوف التي تحتاج إلى موافقة
bulk-reason-help = سبب الحاجة إلى هؤلاء الضيوف: يصبح كل صف من الصفوف ({ $count }) طلب دعوة يتضمن هذا المبرر، ويقرر المعتمِدون بشأنه. تتابعها في صفحة طلباتي.
bulk-read-as = قُرئ بصفته { $format }. { $summary }
bulk-totals = المجاميع
bulk-download-preview = تنزيل المعاينة (CSV)
bulk-download-results = تنزيل النتائج (CSV)
bulk-col-line = السطر
bulk-col-email = عنوان البريد الإلكتروني
bulk-col-name = الاسم
bulk-col-found = ما وُجد
bulk-col-why = السبب
bulk-col-plan = ما سيحدث
bulk-col-change = تغيير
bulk-col-result = النتيجة
bulk-col-user-id = معرّف المستخدم
bulk-col-link = رابط الدعوة
bulk-col-details = التفاصيل
bulk-confirm-help = يُتحقق من كل صف مرة أخرى عند إرساله. يمكنك أنت والمسؤولون الآخرون متابعة التقدّم في هذه الصفحة.
bulk-only-owner = لا يمكن إلا لـ { $owner } تغيير هذه الدعوة الجماعية أو إرسالها.
bulk-start-over = البدء من جديد بملف آخر
bulk-for-this-person = لهذا الشخص
bulk-save-choice = حفظ الاختيار
bulk-keep-row = الإبقاء على هذا الصف
bulk-drop-row = استبعاد هذا الصف
bulk-fix-line = تصحيح السطر { $line }
bulk-resume = استئناف
bulk-pause = إيقاف مؤقت
bulk-cancel = إلغاء الصفوف التي لم تُرسل بعد
bulk-retry = إعادة محاولة الصفوف الفاشلة ({ $count }) كمهمة جديدة
bulk-requests-made = أصبحت الصفوف ({ $count }) طلبات دعوة: هي الآن لدى المعتمِدين، وتتابعها في { $link }.
bulk-my-requests = طلباتي
bulk-results-later = تُعرض نتيجة كل صف هنا عند انتهاء المهمة؛ ويحتوي ملف النتائج على ما تم حتى الآن.
bulk-refreshes = دون JavaScript تُحدَّث هذه الصفحة تلقائياً كل بضع ثوانٍ حتى تنتهي المهمة؛ ويمكنك أيضاً المغادرة والعودة لاحقاً.
bulk-another-file = دعوة ملف آخر
bulk-request-id = معرّف الطلب { $id }
bulk-detail-request-id = { $detail } (معرّف الطلب { $id })
bulk-redeem-link = رابط الاسترداد
bulk-progress-label = التقدّم
bulk-fix-title = تصحيح صف
bulk-fix-no-row = لا يوجد صف كهذا في هذه الدعوة الجماعية.
bulk-back-to-preview = العودة إلى المعاينة
bulk-fix-email-help = عنوان الشخص نفسه (دون إضافات "+").
bulk-fix-display-name-help = كيف يظهر الضيف في دليلك.
bulk-fix-sponsors-help = أشخاص بعناوين بريدهم أو مجموعات بأسمائها، واحد في كل سطر؛ فارغ: أنت.
bulk-fix-groups-help = أسماء المجموعات، واحد في كل سطر.
bulk-fix-default-language = الافتراضي لدى Microsoft
bulk-fix-cc-help = شخص يتلقى نسخة من رسالة الدعوة من Microsoft.
bulk-fix-user-type-help = Guest (أو فارغ)، أو Member.
bulk-fix-redirect-help = المكان الذي يصل إليه الضيف بعد القبول (https://…)؛ فارغ: الافتراضي.
bulk-fix-send-mail-help = true لإرسال رسالة الدعوة من Microsoft، وfalse للحصول على رابط لتمريره.
bulk-fix-message-help = رسالة شخصية في رسالة الدعوة.
bulk-fix-save = حفظ الصف والتحقق منه مرة أخرى
bulk-choose-choice = اختر التخطي أو إعادة الإرسال أو إعادة التعيين.
bulk-choose-steer = اختر الإيقاف المؤقت أو الاستئناف أو الإلغاء.
bulk-upload-too-large = حجم الملف أكبر من { $max } ميغابايت، وهو أقصى ما يقبله Guestlist في المرة الواحدة. قسّمه إلى ملفات أصغر وأرسل كلاً منها.
bulk-upload-unreadable = تعذرت قراءة الملف المرفوع ({ $error }). أرسل النموذج مرة أخرى.
bulk-upload-the-file = الملف
bulk-upload-pasted = عناوين ملصقة
bulk-upload-nothing = اختر ملف CSV، أو الصق العناوين، عنواناً في كل سطر.
bulk-upload-not-a-form = أرسل النموذج من صفحة الدعوة الجماعية (ملف أو عناوين ملصقة).
