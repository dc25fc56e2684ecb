# تحويل الحسابات الداخلية إلى B2B: المساعد لحساب واحد، والدفعات.

## الفحوص (عنوان، ومعناه، وما ينبغي فعله).

convert-not-an-account = هذا ليس حسابًا في هذا الدليل. ابحث عنه في صفحة التحويل.
convert-not-an-account-short = هذا ليس حسابًا في هذا الدليل.
convert-batch-none-ticked = حدّد حسابًا واحدًا على الأقل لتحويله.
convert-batch-too-many = { $max } حسابًا على الأكثر في المرة الواحدة؛ حدّد عددًا أقل.
convert-pick-language = اختر لغة من القائمة.
convert-sign-in-password = اسم المستخدم وكلمة المرور التابعين لهذه المؤسسة
convert-sign-in-way = { $way } ({ $issuer })
convert-already-invited-title = مدعو إلى B2B بالفعل
convert-already-invited = يسجّل { $name } الدخول بالفعل بحساب خارجي، أو تمت دعوته إلى ذلك (الحالة: { $state }). لا يُحوَّل الحساب إلا مرة واحدة. لإرسال رابط جديد إلى { $name }، أو للسماح له بالقبول من جديد بحساب آخر، أعد إرسال الدعوة أو أعد تعيين الاسترداد بدلًا من ذلك.
convert-on-premises-upn-title = متزامن عبر Entra Connect باسم مستخدم محلي
convert-on-premises-upn = يأتي هذا الحساب من Active Directory المحلي لديك، وقد كتب Microsoft Entra Connect اسم المستخدم المحلي ({ $upn }) في onPremisesUserPrincipalName، كما تفعل إحدى قواعد المزامنة الافتراضية لكل مستخدم. ولأن هذه السمة قد تمنع الشخص من تسجيل الدخول بحساب خارجي، لا تحوّل Microsoft الحسابات التي تحملها. لتحويل { $name }: في محرر قواعد المزامنة في Entra Connect، أضف قاعدة صادرة إلى Microsoft Entra ID تتقدم على القاعدة الافتراضية ولا تكتب onPremisesUserPrincipalName لهذا الحساب بعد الآن (توصي Microsoft بقاعدة خاصة بك بدلًا من تعديل القاعدة الافتراضية التي تستبدلها الترقيات)، وشغّل دورة مزامنة، ثم تحقق هنا من جديد.
convert-synced-title = متزامن من البيئة المحلية
convert-synced = يبقى Active Directory المحلي لديك المصدر المعتمد لحساب { $name }: التغييرات هناك تستبدل ما في السحابة، وحذف الحساب المحلي (أو نقله خارج نطاق المزامنة) يحذف هذا الحساب السحابي مع وصوله عبر B2B. لمنع { $name } من تسجيل الدخول محليًا، عيّن كلمة المرور المحلية إلى قيمة طويلة غير معروفة بدلًا من حذف الحساب.
convert-roles-title = يحمل أدوار مسؤول
convert-roles = يحمل { $name } هذه الأدوار في دليلك: { $roles }. تبقى مع الحساب بعد التحويل، وعندئذ يحملها كل من يتحكم في حساب { $name } لدى مؤسسته. أزل الأدوار التي لم يعد { $name } يحتاج إليها.
convert-a-directory-role = دور في الدليل
convert-own-domain-title = العنوان ضمن نطاقك
convert-own-domain = { $domain } نطاق تم التحقق منه لمؤسستك. يعني B2B أن { $name } يسجّل الدخول بحساب تابع لمؤسسة أخرى، لذا يجب أن يكون العنوان تابعًا لها (مثل عنوان { $name } لدى شركته)، لا عنوانًا في المستأجر لديك. أدخل عنوانه الخارجي وتحقق من جديد.
convert-address-unusable-title = لا يمكن استخدام العنوان
convert-address-unusable = لا يمكن استخدام العنوان: { $error }.
convert-address-taken-title = حساب آخر يستخدم هذا العنوان
convert-address-taken = لدى { $name } ({ $upn }) العنوان { $address } بالفعل. العنوان يخص حسابًا واحدًا: استخدم عنوانًا آخر، أو أزله من ذلك الحساب أولًا.
convert-no-address-title = لا يوجد عنوان خارجي
convert-no-address = ليس للحساب عنوان بريد إلكتروني. أدخل العنوان لدى مؤسسته الذي سيسجّل الدخول به، وتحقق منه.
convert-mailbox-title = عنوان البريد الإلكتروني تابع لصندوق بريد Exchange
convert-mailbox-blocker = لا تحوّل Microsoft حسابًا إلا إذا كان عنوان بريده الإلكتروني (mail) هو العنوان الخارجي. لدى { $name } صندوق بريد Exchange Online، لذا يدير Exchange ذلك العنوان ولا يستطيع Guestlist تغييره. غيّر عنوان البريد الإلكتروني الأساسي إلى { $address } في مركز إدارة Exchange (المستلمون ← صناديق البريد ← { $name } ← عناوين البريد الإلكتروني)، أو أزل ترخيص Exchange Online إن لم يعد صندوق البريد مطلوبًا؛ ثم تحقق هنا من جديد.
convert-mail-on-premises-title = عنوان البريد الإلكتروني يأتي من البيئة المحلية
convert-mail-on-premises = لا تحوّل Microsoft حسابًا إلا إذا كان عنوان بريده الإلكتروني (mail) هو العنوان الخارجي. تتم مزامنة عنوان { $name } من Active Directory المحلي لديك: عيّن السمة mail إلى { $address } هناك، وشغّل دورة مزامنة، ثم تحقق هنا من جديد.

## لماذا لم يتم التحويل.

convert-form-blocked = لا يمكن تحويل { $name } بعد: { $blockers }. كل منها مشروح أدناه مع طريقة إصلاحه.
convert-form-set-mail = لا تحوّل Microsoft { $name } إلا إذا كان عنوان البريد الإلكتروني (mail) هو { $address }. حدّد «تعيين عنوان البريد الإلكتروني إلى العنوان الخارجي»، أو استخدم العنوان الذي لدى { $name } الآن.
convert-form-cc = مستلم النسخة ليس عنوان بريد إلكتروني صالحًا. صحّحه أو اترك الحقل فارغًا.
convert-mail-refused = رفضت Microsoft تغيير عنوان البريد الإلكتروني لـ { $name } إلى { $address }: عنوان الحساب الذي له صندوق بريد Exchange يُدار في Exchange، وعنوان الحساب المتزامن يُدار في دليلك المحلي. غيّره هناك (مركز إدارة Exchange ← المستلمون ← صناديق البريد ← { $display_name } ← عناوين البريد الإلكتروني)، ثم تحقق من جديد. لم يُرسل شيء. ({ $error })
convert-mail-failed = تعذّر تعيين عنوان البريد الإلكتروني لـ { $name }، لذا لم يُرسل شيء: { $error }
convert-password-failed = فشلت إعادة تعيين كلمة مرور { $name }: { $error } لا تزال كلمة المرور القديمة تعمل؛ أعد تعيينها في مركز إدارة Microsoft Entra (المستخدمون ← { $display_name } ← إعادة تعيين كلمة المرور).
convert-password-failed-app = فشلت إعادة تعيين كلمة مرور { $name }: { $error } يعمل Guestlist بإذن التطبيق الخاص به (GUESTLIST_INVITE_CREDENTIAL=application)، ولا تسمح Microsoft لتطبيق بإعادة تعيين كلمات المرور إلا إذا كان التطبيق نفسه يحمل دور مسؤول المستخدمين في Microsoft Entra. لا تزال كلمة المرور القديمة تعمل؛ أعد تعيينها في مركز إدارة Microsoft Entra (المستخدمون ← { $display_name } ← إعادة تعيين كلمة المرور).
convert-password-failed-delegated = فشلت إعادة تعيين كلمة مرور { $name }: { $error } تتطلب إعادة تعيين كلمة المرور دور مسؤول المستخدمين في Microsoft Entra (أو مسؤول المصادقة المميزة أو المسؤول العام إذا كان { $name } يحمل دور مسؤول)، ويحتاج Guestlist إلى الإذن User-PasswordProfile.ReadWrite.All بموافقة المسؤول. لا تزال كلمة المرور القديمة تعمل؛ أعد تعيينها في مركز إدارة Microsoft Entra (المستخدمون ← { $display_name } ← إعادة تعيين كلمة المرور).
convert-invitation-refused = لم تحوّل Microsoft { $name }: { $error }
convert-invitation-refused-role = لم تحوّل Microsoft { $name }: { $error } يتطلب تحويل الحساب دور مسؤول المستخدمين (أو أعلى) في Microsoft Entra.

## صفحة النتيجة.

convert-heading = بدأ التحويل
convert-heading-password-failed = بدأ التحويل، لكن إعادة تعيين كلمة المرور فشلت
convert-heading-type-failed = بدأ التحويل، لكن تعيين نوع المستخدم فشل
convert-heading-both-failed = بدأ التحويل، لكن إعادة تعيين كلمة المرور وتعيين نوع المستخدم فشلا
convert-done-nothing-until = لا يتغير شيء حتى يقبل { $name }. عندما يفتح { $name } الرابط ويسجّل الدخول بحسابه في { $domain } ({ $address })، يبدأ الحساب بتسجيل الدخول خارجيًا.
convert-done-keeps = يحتفظ { $name } بمعرّف الكائن نفسه ({ $id }) واسم المستخدم ({ $upn }) وعضويات المجموعات وتعيينات التطبيقات؛ ولا تتغير إلا طريقة تسجيل الدخول.
convert-done-domain = يجب أن يقبل { $name } بحساب في { $domain }، نطاق عنوان البريد الإلكتروني: مع حساب آخر، لا تستطيع خدمات مثل Teams تسجيل دخوله.
convert-done-one-way = من ذلك الحين يستخدم { $name } ذلك الحساب الخارجي لتطبيقات مؤسستك السحابية. هذا لا رجعة فيه: لا يمكن إزالة تسجيل الدخول الخارجي مرة أخرى؛ والتراجع يعني حذف الحساب وإعادة إنشائه.
convert-done-password-reset = أُعيد تعيين كلمة مرور { $name } إلى قيمة عشوائية لا يعرفها أحد: لم تعد كلمة المرور القديمة تعمل، ولا يمكن استخدام الحساب حتى يقبل { $name }.
convert-done-password-on-premises = تبقى كلمة مرور { $name } المحلية صالحة في البيئة المحلية. عيّنها إلى قيمة طويلة غير معروفة في Active Directory إذا كان لا ينبغي أن يستخدمها { $name } بعد الآن.
convert-done-password-kept = تبقى كلمة مرور { $name } الحالية صالحة (للموارد المحلية أيضًا) حتى تعيد تعيينها.
convert-done-guest = أصبح نوع المستخدم لـ { $name } الآن ضيفًا: يُحاسَب كمستخدم خارجي (المستخدمون النشطون شهريًا) مع أذونات الضيف في الدليل.
convert-done-guest-failed = فشل تعيين نوع المستخدم لـ { $name } إلى ضيف: { $error } غيّره في صفحة الدليل الخاصة بـ { $name }.
convert-done-type-stays-guest = يبقى نوع المستخدم لـ { $name } ضيفًا: التحويل لا يغيّره.
convert-done-type-stays = يبقى نوع المستخدم لـ { $name } { $user_type }: التحويل لا يغيّره. للمحاسبة حسب المستخدمين النشطين شهريًا، عيّنه إلى ضيف في صفحة الدليل.
convert-done-teams = في Microsoft Teams، ينبغي أن يفتح { $name } أولًا { $url } حتى يفتح Teams مؤسستك بدلًا من مؤسسته.

## الدفعات.

convert-batch-open-assistant = لمنح { $name } عنوانًا خارجيًا، افتح المساعد الخاص بـ { $name }.
convert-batch-action-invited = لا شيء: مدعو بالفعل ({ $state }). أعد الإرسال أو أعد التعيين في صفحة الدليل الخاصة بـ { $name }.
convert-batch-action-send = إرسال دعوة B2B إلى { $address }؛ يحتفظ { $name } بالحساب ومجموعاته وتطبيقاته.
convert-batch-action-blocked = لا شيء حتى يتم إصلاح العوائق.
convert-batch-mailed = جارٍ التحويل: أرسلت Microsoft الدعوة إلى { $address }؛ ويتغير الحساب عندما يقبل { $name }.
convert-batch-link = جارٍ التحويل: مرّر الرابط أدناه إلى { $name }؛ ويتغير الحساب عندما يقبل { $name }.
convert-batch-guest = تم تعيين نوع المستخدم إلى ضيف.
convert-batch-guest-failed = فشل تعيين نوع المستخدم إلى ضيف ({ $error })؛ غيّره في صفحة الدليل.

## صفحة المساعد.

convert-batch-gone = لم تعد هناك دفعة للتحويل. حدّد الحسابات من جديد.
convert-title = تحويل إلى مستخدم خارجي
convert-back = العودة إلى قائمة الحسابات الداخلية
convert-heading-account = تحويل { $name } إلى مستخدم خارجي
convert-assistant-lead = يسجّل { $name } الدخول بعد ذلك بحساب مؤسسته بدلًا من كلمة مرور تابعة لكم، ويحتفظ بهذا الحساب: معرّف الكائن واسم المستخدم وعضويات المجموعات وتعيينات التطبيقات. يتحقق Guestlist من كل شرط مسبق أولًا، ولا يتغير شيء حتى تقوم بالتحويل.
convert-object-id = معرّف الكائن
convert-mail-property = عنوان البريد الإلكتروني (mail)
convert-not-set = غير معيّن
convert-managed-on-premises = Active Directory المحلي لديك (متزامن)
convert-managed-cloud = Microsoft Entra فقط (سحابي فقط)
convert-mailbox = صندوق البريد
convert-mailbox-exchange = صندوق بريد Exchange Online
convert-mailbox-none = لا يوجد
convert-signs-in-with = يسجّل الدخول باستخدام
convert-finding-blocker = يمنع التحويل: { $title }
convert-finding-warning = من المفيد معرفة: { $title }
convert-directory-link = إعادة إرسال الدعوة أو إعادة تعيين الاسترداد في صفحة الدليل الخاصة بـ { $name }
convert-ready = لا شيء يمنع: يمكن تحويل { $name } باستخدام { $address }.
convert-address-label = عنوان البريد الإلكتروني الخارجي
convert-address-help = العنوان لدى مؤسسته الذي سيسجّل { $name } الدخول به. تشترط Microsoft أن يكون عنوان البريد الإلكتروني (mail) للحساب هو هذا العنوان.
convert-check-address = التحقق من هذا العنوان
convert-set-mail-label = تعيين عنوان البريد الإلكتروني إلى العنوان الخارجي
convert-set-mail-help = عنوان البريد الإلكتروني (mail) لـ { $name } هو { $current }؛ وتشترط Microsoft { $address }. يعيّنه Guestlist قبل الدعوة مباشرة؛ ويُزال العنوان القديم من الحساب.
convert-mail-already = عنوان البريد الإلكتروني لـ { $name } هو { $address } بالفعل.
convert-password-title = كلمة المرور:
convert-password-on-premises = تأتي كلمة مرور { $name } من Active Directory المحلي لديك وتبقى صالحة هناك. عيّنها إلى قيمة طويلة غير معروفة في Active Directory إذا كان لا ينبغي أن يستخدمها { $name } بعد الآن.
convert-reset-password-label = إعادة تعيين كلمة المرور إلى قيمة عشوائية الآن
convert-reset-password-help = تتوقف كلمة المرور الحالية عن العمل فورًا ولا يعرف أحد الجديدة: يسجّل { $name } الدخول بعد ذلك بحساب مؤسسته فقط، بعد أن يقبل. ألغِ التحديد لتبقى كلمة المرور الحالية صالحة، وكذلك للموارد المحلية بعد التحويل.
convert-billing-title = المحاسبة:
convert-billing-guest = نوع المستخدم لـ { $name } ضيف بالفعل: يُحاسَب كمستخدم خارجي (المستخدمون النشطون شهريًا).
convert-set-guest-label = تعيين نوع المستخدم إلى ضيف
convert-set-guest-help = لا يغيّر التحويل نوع المستخدم. بوصفه ضيفًا، يُحاسَب { $name } كمستخدم خارجي (المستخدمون النشطون شهريًا، بمجرد ربط المستأجر لديك باشتراك Azure) ويحصل على أذونات الضيف في دليلك؛ وإذا بقي عضوًا، يحتفظ { $name } بأذونات العضو.
convert-considerations = اعتبارات
convert-teams-title = Teams:
convert-teams-before = يفتح Teams مؤسسة الشخص نفسه. بعد القبول، ينبغي أن يفتح { $name } أولًا
convert-teams-after = للوصول إلى مؤسستك. تكرر صفحة النتيجة ذلك.
convert-invitation = الدعوة
convert-send-mail-label = ترسل Microsoft رسالة الدعوة بالبريد الإلكتروني
convert-send-mail-help = ألغِ التحديد لعدم إرسال شيء الآن: تعرض صفحة النتيجة الرابط لنسخه، أو كرمز QR، أو لإرساله من Guestlist.
convert-message-help = بضع كلمات عن سبب تغيّر طريقة تسجيل دخوله. ترسل Microsoft عندئذ كلماتك بدلًا من نصها القياسي.

## صفحة الدفعات.

convert-batch-title = تحويل الحسابات الداخلية
convert-batch-lead = يمكن للشركاء الذين مُنحوا حسابًا في مؤسستك تسجيل الدخول بحساب مؤسستهم بدلًا من ذلك، مع الاحتفاظ بهذا الحساب ومجموعاته وتطبيقاته. اختر حسابات لترى لكل منها ما يعترض الطريق وما الذي سيتم؛ أو افتح أحدها لتعيين عنوانه الخارجي واختيار التفاصيل.
convert-on-premises = محلي
convert-cloud-only = سحابي فقط
convert-open-assistant = فتح المساعد الخاص بـ { $name }
convert-find-label = البحث عن حسابات داخلية
convert-find-help = بداية اسم أو عنوان بريد إلكتروني أو اسم مستخدم. إذا تُرك فارغًا تُعرض كلها.
convert-internal-count = { $count ->
    [zero] لا توجد حسابات داخلية.
    [one] حساب داخلي واحد.
    [two] حسابان داخليان.
    [few] { $count } حسابات داخلية.
    [many] { $count } حسابًا داخليًا.
   *[other] { $count } حساب داخلي.
}
convert-col-convert = تحويل
convert-col-name = الاسم
convert-col-upn = اسم المستخدم
convert-col-mail = عنوان البريد الإلكتروني
convert-col-user-type = نوع المستخدم
convert-col-managed-in = مُدار في
convert-col-one = كل على حدة
convert-col-account = الحساب
convert-col-address = العنوان الخارجي
convert-col-checks = الفحوص
convert-col-action = ما الذي سيتم
convert-col-result = النتيجة
convert-col-link = الرابط
convert-check-selected = التحقق من الحسابات المحددة
convert-left-out = مستبعد: { $blockers }.
convert-no-blockers = لا توجد عوائق.
convert-none-eligible = لا يمكن تحويل أي من هذه الحسابات بعد: عوائق كل منها توضح ما يجب إصلاحه.
convert-batch-send-mail-label = ترسل Microsoft رسائل الدعوة بالبريد الإلكتروني
convert-batch-send-mail-help = ألغِ التحديد لعدم إرسال شيء الآن: تعرض النتائج رابط كل شخص لتمريره إليه.
convert-batch-language = لغة رسائل البريد الإلكتروني
convert-batch-set-guest-label = تعيين نوع المستخدم للأعضاء إلى ضيف أيضًا
convert-batch-set-guest-help = لا يغيّر التحويل نوع المستخدم. بوصفهم ضيوفًا، يُحاسَبون كمستخدمين خارجيين (المستخدمون النشطون شهريًا) ويحصلون على أذونات الضيف.
convert-batch-convert = { $count ->
    [one] تحويل حساب مؤهل واحد
    [two] تحويل حسابين مؤهلين
    [few] تحويل { $count } حسابات مؤهلة
    [many] تحويل { $count } حسابًا مؤهلًا
   *[other] تحويل { $count } حساب مؤهل
}
convert-preview = معاينة
convert-preview-lead = لم يتغير شيء بعد. تُستبعد الحسابات التي عليها عوائق؛ افتح أحدها لإصلاح عنوانه أو رؤية التفاصيل.
convert-choose-other = اختيار حسابات أخرى
convert-link-label = رابط الدعوة لـ { $name }
convert-link-copy = نسخ رابط { $name }
convert-retry = { $count ->
    [one] إعادة محاولة الحساب الفاشل
    [two] إعادة محاولة الحسابين الفاشلين
    [few] إعادة محاولة { $count } حسابات فاشلة
    [many] إعادة محاولة { $count } حسابًا فاشلًا
   *[other] إعادة محاولة { $count } حساب فاشل
}
convert-results = النتائج
convert-other = تحويل حسابات أخرى
