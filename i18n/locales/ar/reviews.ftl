# حملات المراجعة وقواعد دورة الحياة: الصفحات، وجزء المراجعين في ضيوفي، والردود.

reviews-breadcrumb = مسار التنقل
reviews-campaigns = حملات المراجعة
reviews-campaign = حملة مراجعة
reviews-back-campaigns = العودة إلى حملات المراجعة
reviews-back-campaign = العودة إلى الحملة
reviews-back-rules = العودة إلى قواعد دورة الحياة

## النطاقات، وما يحدث للضيوف الذين لم يراجعهم أحد، وشروط القواعد وإجراءاتها.

reviews-scope-all = جميع الضيوف
reviews-scope-domain = الضيوف من { $domain }
reviews-scope-group = الضيوف في المجموعة { $group }
reviews-scope-inactive = الضيوف غير النشطين لأكثر من { $days } يوم
reviews-scope-pending = الدعوات المعلّقة لأكثر من { $days } يوم
reviews-scope-enter-inactive-days = أدخل عدد أيام عدم النشاط، مثل 90.
reviews-scope-enter-pending-days = أدخل عدد الأيام للدعوات المعلّقة، مثل 90.
reviews-scope-enter-domain = أدخل نطاق البريد الإلكتروني للضيوف، مثل contoso.com.
reviews-scope-enter-group = أدخل معرّف الكائن للمجموعة.
reviews-scope-choose = اختر الضيوف: الكل، أو نطاق، أو مجموعة، أو غير النشطين، أو المعلّقين.
reviews-unreviewed-no-change = لا يتغير شيء
reviews-unreviewed-end = ينتهي وصولهم
reviews-unreviewed-keep = يحتفظون بوصولهم
reviews-kind-attestation = لم يؤكدهم أي راعٍ خلال { $n } يوم
reviews-kind-inactivity = غير نشطين لأكثر من { $n } يوم
reviews-kind-sponsors = أقل من { $n } رعاة قادرين على التصرف
reviews-kind-unredeemed = لم تُستخدم الدعوة بعد { $n } يوم
reviews-action-notify = إبلاغ رعاتهم
reviews-action-disable = حظر تسجيل الدخول
reviews-action-disable-delete = حظر تسجيل الدخول، والحذف بعد فترة السماح

## صفحة الحملات ونموذج الحملة الجديدة.

reviews-started = بدأت الحملة: يرى المراجعون ضيوفهم في ضيوفي.
reviews-runs = { $starts } – { $ends }
reviews-decided-of = { $decided } من { $items }
reviews-campaigns-lead = يؤكد رعاة كل ضيف ما إذا كان لا يزال يحتاج إلى الوصول. لا يتغير شيء حتى تنتهي الحملة ويطبقها المسؤول بعد تشغيلها التجريبي.
reviews-rules-link = قواعد دورة الحياة ومفتاح الإيقاف
reviews-col-campaign = الحملة
reviews-col-guests = الضيوف
reviews-col-runs = المدة
reviews-col-decided = تم البت
reviews-col-state = الحالة
reviews-start-heading = بدء حملة
reviews-name = الاسم
reviews-name-help = مثل «ضيوف Contoso، النصف الأول من 2027».
reviews-which-guests = أي الضيوف
reviews-option-domain = ضيوف نطاق معيّن
reviews-option-group = ضيوف في مجموعة
reviews-option-inactive = الضيوف غير النشطين لأكثر من N يوم
reviews-option-pending = الدعوات المعلّقة لأكثر من N يوم
reviews-value = النطاق أو معرّف المجموعة أو الأيام
reviews-value-help = contoso.com للنطاق؛ ومعرّف الكائن للمجموعة؛ وعدد الأيام لغير النشطين أو المعلّقين. اتركه فارغًا لجميع الضيوف.
reviews-fallback = المراجع الاحتياطي
reviews-fallback-help = عنوان البريد الإلكتروني لمن يراجع الضيوف الذين ليس لهم راعٍ قادر على التصرف، ومن لا يعرفهم الراعي. فارغ: أنت.
reviews-starts = البداية
reviews-starts-help = فارغ: اليوم.
reviews-ends = النهاية
reviews-ends-help = تُرسل التذكيرات في منتصف المدة وقبل النهاية بيومين، فقط إلى المراجعين الذين لديهم عناصر مفتوحة.
reviews-nobody-reviewed = الضيوف الذين لم يراجعهم أحد
reviews-option-unreviewed-end = ينتهي وصولهم (ينبّه التشغيل التجريبي عند تجاوز الحد)
reviews-start-button = بدء الحملة
reviews-state-applied = طُبّقت في { $date }
reviews-state-ended = انتهت: بانتظار التطبيق
reviews-state-running = قيد التشغيل
reviews-start-name = أعطِ الحملة اسمًا (200 حرف على الأكثر)، مثل «ضيوف Contoso، النصف الأول من 2027».
reviews-start-enter-start = أدخل تاريخ البداية بصيغة تاريخ، مثل 2027-01-31.
reviews-start-enter-end = أدخل تاريخ النهاية بصيغة تاريخ، مثل 2027-01-31.
reviews-start-end-after = يجب أن يأتي تاريخ النهاية بعد تاريخ البداية وبعد اليوم.
reviews-start-too-long = تستمر الحملة سنة واحدة على الأكثر.
reviews-start-unreviewed = اختر ما يحدث للضيوف الذين لم يراجعهم أحد.
reviews-start-fallback-enter = أدخل عنوان البريد الإلكتروني للمراجع الاحتياطي.
reviews-start-fallback = المراجع الاحتياطي: { $why }
reviews-no-campaign = لا توجد حملة كهذه.
reviews-no-campaign-open = لا توجد حملة كهذه. افتح حملات المراجعة لرؤيتها جميعًا.

## حملة واحدة: التقدم لكل مراجع.

reviews-remind = تذكير { $name }
reviews-fallback-mark = {" "}(المراجع الاحتياطي)
reviews-cannot-tell = تعذّر التحديد
reviews-cannot-tell-lead = تعذّر على Guestlist تحديد ما إذا كان هؤلاء الضيوف غير نشطين، لذا فهم ليسوا ضمن الحملة ولن يحدث لهم شيء:
reviews-read-report = قراءة التقرير
reviews-plan-link = التشغيل التجريبي: ما سيفعله التطبيق
reviews-reviewers = المراجعون
reviews-col-reviewer = المراجع
reviews-col-open = مفتوحة
reviews-col-overdue = متأخرة
reviews-col-remind = تذكير
reviews-remind-not-reviewer = هذا الشخص ليس مراجعًا في هذه الحملة.
reviews-remind-done = { $count ->
    [one] تذكير بعنصر مفتوح واحد في طريقه إلى { $name }.
    [two] تذكير بعنصرين مفتوحين في طريقه إلى { $name }.
    [few] تذكير بـ { $count } عناصر مفتوحة في طريقه إلى { $name }.
   *[other] تذكير بـ { $count } عنصرًا مفتوحًا في طريقه إلى { $name }.
}
reviews-remind-nothing = ليس لدى { $name } عناصر مفتوحة في هذه الحملة (أو ليس لديه عنوان بريد إلكتروني): لم يُرسل أي تذكير.

## للمراجعة (في ضيوفي).

reviews-to-review = للمراجعة
reviews-to-review-lead = تسألك حملات المراجعة ما إذا كان هؤلاء الضيوف لا يزالون يحتاجون إلى الوصول. لا يتغير شيء قبل انتهاء الحملة وتطبيق المسؤول لها؛ ويمكنك تغيير قرارك حتى ذلك الحين.
reviews-record-for = تسجيل القرار بشأن { $name }
reviews-dont-know-label = لا أعرف { $name }
reviews-item-campaign = الحملة «{ $campaign }»، حتى { $date }.
reviews-item-routed = أُرسل إليك بصفتك المراجع الاحتياطي: { $why }.
reviews-decision = القرار
reviews-option-extend = التمديد حتى تاريخ
reviews-option-end = إنهاء وصوله
reviews-until-extend = حتى (للتمديد)
reviews-why = السبب
reviews-decision-keep = إبقاء
reviews-decision-extend = تمديد
reviews-decision-end = إنهاء
reviews-decided = قرّر { $by }: { $decision } — «{ $why }»
reviews-decided-until = قرّر { $by }: { $decision } حتى { $date } — «{ $why }»
reviews-not-yours = ليس عليك مراجعة هذا الضيف (أو انتهت الحملة). افتح ضيوفي لترى الضيوف المطلوب منك مراجعتهم.
reviews-decide-choose = اختر الإبقاء أو التمديد أو الإنهاء.
reviews-decide-why = اذكر السبب باختصار (1000 حرف على الأكثر): يحتفظ به التقرير للمدققين.
reviews-recorded-keep = تم التسجيل: يحتفظ { $name } بوصوله عند تطبيق «{ $campaign }» بعد { $ends }. يمكنك تغيير ذلك حتى حينه.
reviews-recorded-extend = تم التسجيل: يحتفظ { $name } بوصوله حتى { $until } عند تطبيق «{ $campaign }» بعد { $ends }. يمكنك تغيير ذلك حتى حينه.
reviews-recorded-end = تم التسجيل: يفقد { $name } وصوله عند تطبيق «{ $campaign }» بعد { $ends }. يمكنك تغيير ذلك حتى حينه.
reviews-dont-know-fallback = أنت المراجع الاحتياطي لهذه الحملة، لذا يبقى العنصر لديك: قرّر الإبقاء أو الإنهاء، واذكر السبب.
reviews-dont-know-done = يذهب { $name } إلى { $fallback }، المراجع الاحتياطي للحملة. ولم يعد في قائمتك.

## التشغيل التجريبي والتطبيق.

reviews-dry-run = تشغيل تجريبي
reviews-dry-run-of = تشغيل تجريبي: { $name }
reviews-over-cap = سيؤدي هذا إلى حظر { $changes } حسابًا، وهو أكثر من { $cap } التي يمكن لتشغيل واحد تغييرها. لن يحدث شيء ما لم تؤكد أدناه.
reviews-confirm-over-cap = أؤكد: طبّقها رغم تجاوز الحد
reviews-confirm-over-cap-help = يُدقَّق كل تغيير ويمكن التراجع عنه من التقرير حتى يُحذف الحساب.
reviews-apply-button = تطبيق هذه التغييرات
reviews-plan-summary = الضيوف: { $guests }؛ الحسابات التي ستُحظر: { $changes }؛ الحد الأقصى لكل تشغيل: { $cap }.
reviews-col-guest = الضيف
reviews-col-what-happens = ما يحدث
reviews-col-evidence-read = البيانات المقروءة
reviews-plan-why-decided = { $by }: { $why }
reviews-plan-why-unreviewed-no-change = لم يراجعه أحد؛ والحملة تقول: لا يتغير شيء
reviews-plan-why-unreviewed-end = لم يراجعه أحد؛ والحملة تقول: ينتهي وصوله
reviews-plan-why-unreviewed-keep = لم يراجعه أحد؛ والحملة تقول: يحتفظ بوصوله
reviews-plan-end = حظر تسجيل الدخول الآن، والحذف في { $date }
reviews-plan-keep = يحتفظ بالوصول؛ المراجعة التالية { $date }
reviews-plan-extend = الوصول حتى { $date }
reviews-plan-no-change = لا تغيير
reviews-blocked-applied = طُبّقت هذه الحملة في { $date }.
reviews-blocked-running = تستمر الحملة حتى { $date }: لا يزال بإمكان المراجعين اتخاذ قراراتهم، لذا يمكن تطبيقها بعد ذلك.
reviews-blocked-kill-switch = مفتاح الإيقاف مُفعّل: لن يتغير شيء حتى يوقفه المسؤول في صفحة قواعد دورة الحياة.
reviews-apply-over-cap = سيؤدي التطبيق إلى تغيير { $changes } حسابًا، وهو أكثر من { $cap } التي يمكن لتشغيل واحد تغييرها. لم يتغير شيء: راجع التشغيل التجريبي، ثم حدّد «أؤكد» للتطبيق على أي حال.
reviews-applied = طُبّقت «{ $campaign }»: الحسابات المحظورة: { $changed }، والضيوف الذين يحتفظون بوصولهم: { $kept }.
reviews-applied-report = التقرير جاهز. يمكن إعادة الضيوف الذين انتهى وصولهم من التقرير حتى يُحذفوا (واستعادتهم لمدة 30 يومًا بعد ذلك).
reviews-no-item = لا يوجد عنصر مراجعة كهذا.
reviews-undo-item-nothing = لم تحظر الحملة تسجيل دخول { $name } (أو تم التراجع عن ذلك بالفعل): لا يوجد ما يُتراجع عنه.
reviews-undo-no-id = ليس لهذا الضيف معرّف كائن في الدليل.
reviews-undo-restored = استُعيد { $name } من العناصر المحذوفة، مع عضوياته في المجموعات.
reviews-undo-gone = لم يعد { $name } في العناصر المحذوفة (يحتفظ بها Microsoft لمدة 30 يومًا)، لذا لا يمكن استعادته.
reviews-undo-done = يمكن لـ { $name } تسجيل الدخول مجددًا.

## التقرير.

reviews-report = التقرير
reviews-report-of = التقرير: { $name }
reviews-report-intact = كل صف يطابق قيمة التجزئة الخاصة به: لم يُعدَّل شيء بعد إعداد التقرير.
reviews-report-tampered = الصفوف المعلّمة بـ «معدّل» عُدّلت بعد إعداد التقرير: لم تعد قيمة التجزئة مطابقة.
reviews-report-undone = تم التراجع في { $date }: سُمح بتسجيل الدخول مجددًا.
reviews-undo-for = تراجع لـ { $name }
reviews-report-changed = معدّل — { $hash }
reviews-report-scope-applied = { $scope } · طُبّقت { $applied }
reviews-report-applied = في { $date } بواسطة { $name }
reviews-report-csv = تنزيل التقرير بتنسيق CSV (مع سلسلة التجزئة)
reviews-col-by = بواسطة
reviews-col-when = متى
reviews-col-what-happened = ما حدث
reviews-col-hash = التجزئة
reviews-not-reviewed = لم تتم مراجعته
reviews-report-not-applied = يُعدّ التقرير عند تطبيق الحملة: افتح تشغيلها التجريبي وطبّقها أولًا.

## قواعد دورة الحياة.

reviews-rules = قواعد دورة الحياة
reviews-rule-saved = حُفظت القاعدة. تعمل مع القواعد الأخرى كل يوم؛ اطّلع على تشغيلها التجريبي أولًا.
reviews-rule-switched-on = القاعدة مُفعّلة: تعمل كل يوم.
reviews-rule-switched-off = القاعدة متوقفة: لا تفعل شيئًا حتى تُفعَّل.
reviews-kill-switch-is-on = مفتاح الإيقاف مُفعّل: لا تغيّر أي قاعدة أو حملة أو فترة سماح أي حساب.
reviews-kill-switch-turn-off = إيقاف مفتاح الإيقاف
reviews-kill-switch-is-off = التغييرات التلقائية مُفعّلة. يوقف مفتاح الإيقاف دفعة واحدة كل قاعدة، وكل تطبيق لحملة، وكل حذف بعد فترة سماح.
reviews-kill-switch-turn-on = تفعيل مفتاح الإيقاف
reviews-kill-switch-on = مفتاح الإيقاف مُفعّل: لا تغيّر أي قاعدة أو حملة أو فترة سماح أي حساب حتى يتم إيقافه.
reviews-kill-switch-off = مفتاح الإيقاف متوقف: تعمل القواعد مجددًا في تشغيلها اليومي التالي، ويمكن تطبيق الحملات.
reviews-rule-turn-off = إيقاف { $name }
reviews-rule-turn-on = تفعيل { $name }
reviews-rule-run = تشغيل { $name } الآن
reviews-rule-confirm-over-cap = أؤكد: رغم تجاوز الحد
reviews-rule-last-run = { $date }: تغيّر { $changed }، وتم تخطي { $skipped }. { $summary }
reviews-rule-not-run = لم تعمل بعد
reviews-rule-off-mark = {" "}(متوقفة)
reviews-rules-lead = تعمل كل قاعدة مرة واحدة يوميًا حسب ترتيب الأولوية؛ ويُعالَج الضيف بأول قاعدة تنطبق عليه. يغيّر التشغيل الواحد { $cap } حسابًا على الأكثر: وفوق ذلك لا يحدث شيء حتى يؤكد المسؤول. يُحذف الضيوف الذين انتهى وصولهم بعد { $days } يومًا.
reviews-kill-switch = مفتاح الإيقاف
reviews-rules-heading = القواعد
reviews-rules-plan-link = التشغيل التجريبي: ما ستفعله القواعد الآن
reviews-priority = الأولوية
reviews-col-rule = القاعدة
reviews-looks-for = تبحث عن
reviews-does = الإجراء
reviews-col-last-run = آخر تشغيل
reviews-col-change = تغيير
reviews-new-rule = قاعدة جديدة
reviews-rule-name-help = مثل «حظر الضيوف غير النشطين منذ سنة».
reviews-threshold-help = أيام؛ وللرعاة، أقل عدد ينبغي أن يكون للضيف (من 1 إلى 5).
reviews-rule-value = النطاق أو معرّف المجموعة
reviews-rule-value-help = اتركه فارغًا لجميع الضيوف.
reviews-priority-help = الأقل يعمل أولًا؛ فارغ: 100.
reviews-save-rule = حفظ القاعدة
reviews-rules-changed = ما غيّرته القواعد مؤخرًا
reviews-col-what = ماذا
reviews-col-evidence = البيانات
reviews-col-undo = تراجع
reviews-rules-plan = التشغيل التجريبي لقواعد دورة الحياة
reviews-rules-plan-lead = ما ستفعله كل قاعدة لو عملت الآن: لمن، ولماذا، والبيانات المقروءة. لم يتغير شيء.
reviews-rule-name = أعطِ القاعدة اسمًا (200 حرف على الأكثر).
reviews-rule-choose-kind = اختر ما تبحث عنه القاعدة.
reviews-rule-enter-sponsors = أدخل أقل عدد من الرعاة ينبغي أن يكون للضيف، من 1 إلى 5.
reviews-rule-enter-days = أدخل عدد الأيام، مثل 90.
reviews-rule-choose-action = اختر ما تفعله القاعدة.
reviews-rule-choose-scope = اختر الضيوف: الكل، أو نطاق، أو مجموعة.
reviews-rule-enter-priority = أدخل الأولوية كعدد صحيح (الأقل يعمل أولًا).
reviews-no-rule = لا توجد قاعدة كهذه.
reviews-no-rule-on = لا توجد قاعدة كهذه، أو أنها متوقفة.
reviews-no-change = لا يوجد تغيير كهذا.
reviews-rule-done-notified = تم الإبلاغ
reviews-rule-done-disabled = تم الحظر
reviews-rule-done-ending = قيد الإنهاء
reviews-rule-done-undone = { $what } (تم التراجع)
reviews-skipped = تم التخطي: { $why }
reviews-skip-undone = تراجع مسؤول عن تغيير هذه القاعدة في { $date }
reviews-skip-done = { $what } بواسطة هذه القاعدة بالفعل في { $date }
reviews-skip-blocked = تسجيل الدخول محظور بالفعل
reviews-skip-ending = يجري إنهاء وصوله بالفعل
reviews-skip-no-sponsor = لا يوجد راعٍ لإبلاغه
reviews-change-disable = حظر تسجيل الدخول الآن
reviews-plan-why-rule = القاعدة «{ $rule }»: { $condition }
reviews-blocked-rule-off = هذه القاعدة متوقفة.
reviews-blocked-rule-kill-switch = مفتاح الإيقاف مُفعّل: لا تغيّر أي قاعدة شيئًا.
reviews-rule-held = معلّقة: ستحظر { $changes } حسابًا، وهو أكثر من { $cap } التي يمكن لتشغيل واحد تغييرها. لن يتغير شيء حتى يؤكد المسؤول.
reviews-rule-ran-notify = الضيوف: { $count }؛ تم إبلاغ رعاتهم
reviews-rule-ran-disable = الضيوف: { $count }؛ تم حظر تسجيل الدخول
reviews-rule-ran-disable-delete = الضيوف: { $count }؛ تم حظر تسجيل الدخول، والحذف بعد فترة السماح
reviews-rule-ran = { $what }؛ تم تخطي { $skipped }.
reviews-run-kill-switch = مفتاح الإيقاف مُفعّل: لا تغيّر أي قاعدة شيئًا حتى يتم إيقافه.
reviews-run-done = «{ $rule }»: { $summary }
reviews-undo-rule-nothing = لا يوجد ما يُتراجع عنه لـ { $name }.

## رسائل البريد إلى المراجعين والرعاة.

reviews-mail-hello = مرحبًا { $name }،
reviews-mail-remind-subject = يُرجى مراجعة الضيوف ({ $count }) بحلول { $ends }
reviews-mail-remind-body = تسألك المراجعة «{ $campaign }» ما إذا كان الضيوف ({ $count }) لا يزالون يحتاجون إلى الوصول. تنتهي في { $ends }.
reviews-mail-remind-action = لكل واحد منهم، أبقِ وصوله أو مدّده أو أنهِه، واذكر السبب:
reviews-mail-notify-subject = هل لا يزال { $name } يحتاج إلى الوصول؟
reviews-mail-notify-body = عثرت القاعدة «{ $rule }» على { $name }، وهو ضيف ترعاه: { $condition } ({ $evidence }).
reviews-mail-notify-action = إذا كان لا يزال يحتاج إلى الوصول، فأبقِه أو مدّده في ضيوفي؛ وإلا فأنهِه:
