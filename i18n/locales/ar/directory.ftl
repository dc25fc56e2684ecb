# الدليل: البحث، وبطاقة «تعاون B2B» لشخص ما، والإجراءات عليها.

## كيف يسجّل الشخص الدخول (موفر الهوية بالكلمات).

directory-provider-entra = حساب عمل أو مؤسسة تعليمية تابع لمؤسسة Microsoft Entra أخرى
directory-provider-google = حساب Google
directory-provider-microsoft = حساب Microsoft شخصي
directory-provider-mail = رمز لمرة واحدة يُرسل بالبريد الإلكتروني
directory-provider-facebook = حساب Facebook
directory-provider-other = موفر الهوية الخاص بمؤسسته ({ $issuer })

## أنواع المستخدمين (Member وGuest في Graph).

directory-user-type-member = عضو
directory-user-type-guest = ضيف

## سطر البطاقة.

directory-your-organisation = مؤسستك
directory-state-not-invited = غير مدعو — يسجّل الدخول بحساب { $organisation }
directory-state-pending-since = الدعوة معلّقة منذ { $since }
directory-state-pending = الدعوة معلّقة
directory-state-accepted = مقبولة
directory-state-accepted-on = قُبلت في { $on }
directory-state-accepted-with = مقبولة، ويسجّل الدخول باستخدام { $provider }
directory-state-accepted-on-with = قُبلت في { $on }، ويسجّل الدخول باستخدام { $provider }

## ما تفعله إعادة تعيين الاسترداد.

directory-reset-before-provider = لم يعد بإمكان { $name } تسجيل الدخول باستخدام { $provider } حتى يقبل الدعوة الجديدة. ويتوقف أي رابط دعوة سابق عن العمل.
directory-reset-before-account = لم يعد بإمكان { $name } تسجيل الدخول بحسابه الحالي حتى يقبل الدعوة الجديدة.
directory-reset-before-link = يتوقف رابط الدعوة الذي لدى { $name } الآن عن العمل.
directory-reset-to-new = ترسل Microsoft دعوة جديدة بالبريد الإلكتروني إلى العنوان الجديد، { $address }.
directory-reset-to = ترسل Microsoft دعوة جديدة بالبريد الإلكتروني إلى { $address }.
directory-reset-accepts = عندما يقبل { $name }، يسجّل الدخول بالحساب التابع لـ { $address } — أو، إن لم يكن لهذا العنوان حساب، برمز لمرة واحدة يُرسل إليه.
directory-reset-stays = تبقى مجموعاته وتطبيقاته ورعاته واسم المستخدم ({ $upn }) كما هي؛ ولا يتغير إلا الحساب الذي يسجّل الدخول به.

## ما يفعله تغيير نوع المستخدم.

directory-to-member-permissions = يحصل { $name } على أذونات العضو: يمكنه قراءة دليلك بالكامل — الأشخاص والمجموعات والتطبيقات — مثل موظفيك.
directory-to-member-settings = لم تعد إعدادات الضيوف تنطبق عليه: قيود وصول الضيوف، ونُهج الوصول المشروط للضيوف والمستخدمين الخارجيين، ومراجعات وصول الضيوف.
directory-to-member-licensing = الترخيص: يُرخَّص الأعضاء مثل موظفيك، لذا قد يحتاج إلى ترخيص للتطبيقات التي يستخدمها.
directory-to-guest-permissions = يحصل { $name } على أذونات الضيف: افتراضيًا عرض محدود لدليلك — ملفه الشخصي وبيانات أساسية فقط عن الآخرين، وليس القائمة الكاملة للأشخاص والمجموعات والتطبيقات.
directory-to-guest-settings = تنطبق عليه إعدادات الضيوف: قيود وصول الضيوف، ونُهج الوصول المشروط للضيوف والمستخدمين الخارجيين، ومراجعات وصول الضيوف.
directory-to-guest-licensing = الترخيص: يُحاسَب المستخدمون الخارجيون من نوع ضيف حسب المستخدمين النشطين شهريًا (MAU) ضمن Microsoft Entra External ID.
directory-type-upn-stays = يبقى اسم المستخدم { $upn }: تغيير نوع المستخدم لا يغيّره.
directory-type-sign-in-stays = لا تتغير طريقة تسجيل دخوله ({ $state }).
directory-type-groups-stay = تبقى مجموعاته وتطبيقاته ورعاته كما هي.

## ردود الإجراءات وأسباب رفضها.

directory-not-a-user = هذا ليس مستخدمًا في هذا الدليل. ابحث عنه في صفحة الدليل.
directory-no-valid-id = ليس لدى المستخدم معرّف صالح.
directory-resend-not-pending = ليس لدى { $name } دعوة معلّقة: { $state }. استخدم «إعادة تعيين الاسترداد» ليقبل من جديد.
directory-resend-heading = رابط دعوة جديد لـ { $name }
directory-resend-nothing-sent = لا ترسل Microsoft بريدًا إلى عنوان سبقت دعوته، لذا لم يُرسل شيء: مرّر هذا الرابط إلى { $name } بنفسك، أو أرسله من Guestlist.
directory-resend-accept = عندما يفتحه ويقبل، يسجّل الدخول بالحساب التابع لـ { $address }.
directory-address-taken = العنوان { $address } يخص بالفعل { $name } ({ $upn }) في دليلك، ولا يمكن أن يخص العنوان إلا شخصًا واحدًا. تحقق من العنوان، أو غيّر الحساب الآخر أولًا.
directory-mail-refused = رفض Microsoft Entra تغيير عنوان { $name }. عندما يكون للحساب صندوق بريد Exchange، فإن Exchange هو من يدير عنوانه: غيّره بدلًا من ذلك في مركز إدارة Exchange (المستلمون، ثم صناديق البريد). { $message }
directory-synced-refusal = تتم مزامنة { $name } من Active Directory المحلي لديك، لذا لا يستطيع Microsoft Entra تغييره: غيّره في Active Directory، وسينقل Microsoft Entra Connect التغيير.
directory-reset-never-invited = لم تتم دعوة { $name } قط، لذا لا يوجد استرداد لإعادة تعيينه: يسجّل الدخول بحساب تابع لمؤسستك. لنقله إلى تعاون B2B، استخدم «تحويل إلى مستخدم خارجي».
directory-reset-admin-only = لا يستطيع إعادة تعيين { $name } إلى عنوان بريد إلكتروني جديد إلا المسؤول، لأن ذلك يغيّر عنوانه. اترك العنوان فارغًا لإرسال الدعوة الجديدة إلى { $address }.
directory-reset-heading = أُعيد تعيين الاسترداد لـ { $name }
directory-reset-failed = لم تتم إعادة تعيين الاسترداد: { $error }
directory-reset-app-denied = يعيد Guestlist التعيين بإذن التطبيق الخاص به (GUESTLIST_INVITE_CREDENTIAL=application)، وترفض Microsoft ذلك لكل من يحمل دور مسؤول. يمكن للمسؤول إعادة تعيين { $name } في مركز إدارة Microsoft Entra بحسابه الخاص.
directory-reset-mail-changed = تم تغيير عنوان البريد الإلكتروني بالفعل إلى { $address }: أعد محاولة «إعادة تعيين الاسترداد» واترك حقل العنوان فارغًا.
directory-type-already = { $name } من نوع { $user_type } بالفعل. لم يتغير شيء.
directory-type-answer-all = أجب عن كل سؤال من الأسئلة الأربعة أولًا.
directory-type-unchanged = لم يتغير شيء. توصي Microsoft بتغيير نوع المستخدم فقط عندما تتغير علاقة الشخص بمؤسستك: فهو يحدد ما إذا كان { $name } جزءًا من مؤسستك، لا طريقة تسجيل دخوله.
directory-type-confirm = حدّد «قرأت ما سيتغير» للتأكيد.
directory-type-done = أصبح { $name } الآن من نوع { $user_type }.
directory-type-next-upn = الخطوة التالية: غيّر اسم المستخدم ({ $upn }) في مركز إدارة Microsoft Entra (المستخدمون، ثم { $name }، ثم تحرير الخصائص). لا يغيّره Guestlist.
directory-type-next-access = الخطوة التالية: راجع مجموعاته وتطبيقاته، وأزل ما لم يعد ينبغي أن يملكه.
directory-type-next-mailbox = الخطوة التالية: امنحه ترخيص Exchange Online في مركز إدارة Microsoft 365 لإنشاء صندوق بريده.
directory-mail-not-external = { $name } ليس مستخدمًا خارجيًا: عنوانه يخص مؤسستك ويُغيَّر في مركز إدارة Microsoft 365. لنقله إلى تعاون B2B، استخدم «تحويل إلى مستخدم خارجي»، الذي يعيّن عنوانه الخارجي أولًا.
directory-mail-same = { $address } هو عنوان { $name } بالفعل. لم يتغير شيء.
directory-mail-done = أصبح عنوان البريد الإلكتروني لـ { $name } الآن { $address }.
directory-mail-sign-in-stays = لا تتغير طريقة تسجيل الدخول: يستمر في تسجيل الدخول بالحساب الذي قبل به الدعوة. ليسجّل الدخول بحساب العنوان الجديد، أعد تعيين الاسترداد.

## صفحة البحث.

directory-title = الدليل
directory-lead = اعثر على أي شخص في دليلك — الموظفين والضيوف والحسابات الداخلية للشركاء — واعرف وضعه في تعاون B2B: هل تمت دعوته، وبأي حساب يسجّل الدخول.
directory-search-label = الاسم أو عنوان البريد الإلكتروني أو اسم المستخدم
directory-search-help = تكفي بداية الكلمة، مثل «oli» أو «olivia.chen@».
directory-no-match = لا أحد يطابق «{ $searched }». جرّب بداية الاسم الأول أو اسم العائلة، أو بداية عنوان البريد الإلكتروني.
directory-matches-more = أول { $count } نتيجة. ابحث بجزء أكبر من الاسم أو العنوان لتضييق النتائج.
directory-matches = { $count ->
    [zero] لا توجد نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجة.
   *[other] { $count } نتيجة.
}
directory-col-name = الاسم
directory-col-upn = اسم المستخدم
directory-col-mail = عنوان البريد الإلكتروني
directory-col-user-type = نوع المستخدم
directory-col-b2b = تعاون B2B
directory-back = البحث في الدليل
directory-breadcrumb = مسار التنقل
directory-no-such-page = لا توجد صفحة كهذه. ابحث عن الشخص في الدليل واختر إجراءً من بطاقته.

## صفحة الشخص.

directory-resend-button = إعادة إرسال الدعوة
directory-resend-help = رابط دعوة جديد لتمريره أو إرساله من Guestlist: لا ترسل Microsoft بريدًا إلى العنوان نفسه مرتين.
directory-reset-link = إعادة تعيين الاسترداد…
directory-reset-link-help = يقبل من جديد — بعنوان البريد الإلكتروني نفسه أو بعنوان جديد — ثم يسجّل الدخول بحساب ذلك العنوان.
directory-type-link = تغيير نوع المستخدم إلى { $user_type }…
directory-type-link-help = هل يُعدّ جزءًا من مؤسستك. تأتي أسئلة Microsoft أولًا.
directory-mail-link = تغيير عنوان البريد الإلكتروني…
directory-mail-link-help = حيث ترسل Microsoft دعواته وإشعاراته.
directory-convert-link = تحويل إلى مستخدم خارجي…
directory-convert-link-help = يسجّل الدخول بعد ذلك بحساب مؤسسته، ويحتفظ بمجموعاته وتطبيقاته.
directory-synced-note = تتم مزامنة هذا الحساب من Active Directory المحلي لديك: يُغيَّر نوع المستخدم وعنوان البريد الإلكتروني هناك.
directory-company = الشركة
directory-job-title = المسمى الوظيفي
directory-sign-in = تسجيل الدخول
directory-sign-in-allowed = مسموح
directory-sign-in-blocked = محظور
directory-created = تاريخ الإنشاء
directory-synced = متزامن من البيئة المحلية
directory-mailbox = صندوق البريد
directory-mailbox-yes = نعم (Exchange Online)
directory-yes = نعم
directory-no = لا

## صفحات الإجراءات.

directory-action-title = { $title } — { $name }
directory-reset-title = إعادة تعيين الاسترداد
directory-reset-current-address = عنوانه الحالي
directory-reset-state = { $name }: { $state }
directory-reset-lead = تتيح إعادة تعيين الاسترداد لشخص ما قبول الدعوة من جديد: مثلًا عندما ينتقل إلى شركة أخرى، أو يفقد الوصول إلى حسابه، أو ينبغي أن يستخدم عنوانًا آخر. يبقى حسابه في دليلك بكل ما فيه.
directory-reset-experience = ما الذي سيمر به { $name }
directory-reset-new-address-help = مع عنوان جديد أدناه، تُرسل الدعوة إليه بدلًا من ذلك، ويقبلها بحساب العنوان الجديد.
directory-reset-field = عنوان بريد إلكتروني جديد (اختياري)
directory-reset-field-help = اتركه فارغًا لإرسال الدعوة الجديدة إلى { $address }. يصبح العنوان الجديد أولًا عنوان بريده الإلكتروني، كما تشترط Microsoft، ويخضع لفحوص الدعوة نفسها.
directory-type-title = تغيير نوع المستخدم إلى { $user_type }
directory-type-state = { $name } الآن من نوع { $user_type }. { $state }.
directory-type-lead = يحدد نوع المستخدم ما إذا كان الشخص جزءًا من مؤسستك (عضو) أو متعاونًا من الخارج (ضيف). ولا يغيّر طريقة تسجيل دخوله. توصي Microsoft بالإجابة عن هذه الأسئلة أولًا.
directory-type-q-relationship = هل تغيرت علاقة { $name } بمؤسستك؟
directory-type-a-relationship-changed = نعم — مثلًا انضم إلى موظفيك، أو تركهم للعمل لدى شريك
directory-type-q-upn = هل ينبغي تغيير اسم المستخدم ({ $upn })؟
directory-type-a-upn-keep = لا، أبقه كما هو
directory-type-a-upn-change = نعم — سأغيّره بعد ذلك في مركز إدارة Microsoft Entra (تغيير نوع المستخدم لا يغيّره)
directory-type-q-access = هل ينبغي أن يحتفظ بالوصول إلى المجموعات والتطبيقات نفسها؟
directory-type-a-access-keep = نعم، احتفظ بكل شيء
directory-type-a-access-review = لا — سأراجع مجموعاته وتطبيقاته بعد ذلك
directory-type-q-mailbox = هل ينبغي أن يكون له صندوق بريد؟
directory-type-a-mailbox-yes = نعم — سأمنحه ترخيص Exchange Online بعد ذلك
directory-type-what-changes = ما الذي يتغير
directory-type-confirm-label = قرأت ما سيتغير
directory-type-confirm-help = بعد ذلك يغيّر Guestlist نوع المستخدم إلى { $user_type }؛ ولا يتغير شيء آخر.
directory-mail-title = تغيير عنوان البريد الإلكتروني
directory-mail-not-set = غير معيّن
directory-mail-state = عنوان البريد الإلكتروني لـ { $name } هو { $address }.
directory-mail-lead = ترسل Microsoft الدعوات والإشعارات إلى هذا العنوان. بالنسبة إلى المستخدم الخارجي، لا يغيّر طريقة تسجيل دخوله؛ ليسجّل الدخول بحساب عنوان جديد، أعد تعيين الاسترداد بذلك العنوان بدلًا من ذلك.
directory-mail-mailbox-alert = لهذا الحساب صندوق بريد Exchange Online، لذا يدير Exchange عنوانه وسيرفض Microsoft Entra التغيير: غيّره بدلًا من ذلك في مركز إدارة Exchange (المستلمون، ثم صناديق البريد).
directory-mail-field = عنوان البريد الإلكتروني الجديد
directory-mail-field-help = الفحوص نفسها المطبقة على الدعوة: بلا «+» أو أحرف مشابهة، وليس من نطاقات مؤسستك، وليس نطاقًا محظورًا، وليس عنوان شخص آخر بالفعل.
