# صفحة الضيف: خصائصه ومعناها، والإجراءات، والضيوف المحذوفون مؤخرًا.

guests-details-not-found = هذا ليس مستخدمًا في هذا الدليل (أو لم يعد كذلك). ابحث عنه في صفحة الضيوف.
guests-details-no-organisation = لم يقدّم Microsoft Entra وصفًا لمؤسستك. حاول مرة أخرى بعد قليل.
guests-this-person = هذا الشخص

## كيف يسجّل الضيف الدخول، حسب جهة إصدار الهوية.

guests-issuer-own = { $issuer } هي مؤسستك: هذا الإدخال هو اسم المستخدم الخاص به في دليلك، وليس الطريقة التي يثبت بها هويته.
guests-issuer-entra = يسجّل الدخول بحساب عمل أو مؤسسة تعليمية تابع لمؤسسة أخرى في Microsoft Entra، وفق قواعد تلك المؤسسة (المصادقة متعددة العوامل، وكلمة المرور، والوصول المشروط).
guests-issuer-microsoft = يسجّل الدخول بحساب Microsoft شخصي (Outlook.com وHotmail وXbox…).
guests-issuer-google = يسجّل الدخول بحسابه في Google (اتحاد Google).
guests-issuer-facebook = يسجّل الدخول بحسابه في Facebook.
guests-issuer-mail = يسجّل الدخول برمز مرور لمرة واحدة ترسله Microsoft إلى عنوانه في كل مرة: ليس لديه حساب خاص به لدى Microsoft أو لدى موفّر متحد.
guests-issuer-federated = يسجّل الدخول لدى موفّر الهوية الخاص بمؤسسته ({ $issuer })، المتحد مع موفّرك عبر SAML أو WS-Fed.
guests-issuer-other = يسجّل الدخول باستخدام موفّر الهوية الخاص بمؤسسته ({ $issuer }).

## الخصائص: التسمية ومعناها.

guests-fact-upn = اسم المستخدم
guests-fact-upn-explain = اسم المستخدم الخاص به في دليلك. يحصل الضيوف على اسم يحتوي على #EXT#، مكوَّن من عنوان بريدهم الإلكتروني؛ ولا يغيّر أبدًا طريقة تسجيل دخولهم.
guests-fact-mail = عنوان البريد الإلكتروني
guests-fact-mail-explain = العنوان الذي ترسل إليه Microsoft الدعوات والإشعارات.
guests-fact-type = نوع المستخدم
guests-fact-type-explain = عضو أو ضيف: هل يُعدّ جزءًا من مؤسستك، وهو ما يحدد أذوناته الافتراضية في دليلك. ولا يبيّن كيف يسجّل الدخول ولا إن كان خارجيًا.
guests-fact-identities = الهويات
guests-fact-identities-none = لا يذكر Graph أي هويات لهذا الشخص.
guests-fact-state = حالة الدعوة
guests-fact-state-pending = بانتظار القبول
guests-fact-state-explain = بانتظار القبول: تمت دعوته لكنه لم يقبل بعد. Accepted: استرد الدعوة ويسجّل الدخول بحسابه الخاص. فارغ: لم يُدعَ قط.
guests-fact-state-changed = تغيّر حالة الدعوة
guests-fact-state-changed-explain = آخر مرة دُعي فيها أو قَبِل أو أُعيد تعيين استرداد دعوته.
guests-fact-creation = طريقة الإنشاء
guests-fact-creation-explain = Invitation: أُنشئ بدعوة B2B. فارغ: أُنشئ في دليلك كحساب عمل (داخلي أو متزامن).
guests-fact-synced = متزامن مع الدليل
guests-fact-synced-explain = تُدار الحسابات المتزامنة في Active Directory المحلي لديك: لا يستطيع Microsoft Entra (ولا Guestlist) تغييرها أو تعطيلها أو حذفها.
guests-fact-sign-in = تسجيل الدخول
guests-fact-sign-in-blocked = محظور
guests-fact-sign-in-allowed = مسموح
guests-fact-sign-in-explain = لا تستطيع الحسابات المحظورة تسجيل الدخول إطلاقًا، مهما كانت حالة دعوتها.
guests-fact-created = تاريخ الإنشاء
guests-fact-created-explain = متى ظهر الحساب في دليلك (فارغ لبعض الحسابات السابقة ليونيو 2018).
guests-fact-company = الشركة
guests-fact-company-explain = كما أُدخلت في دليلك؛ لا أحد يتحقق منها.
guests-fact-job = المسمى الوظيفي
guests-fact-job-explain = كما أُدخل في دليلك.
guests-fact-other-mails = عناوين بريد إلكتروني أخرى
guests-fact-other-mails-explain = عناوين أخرى يمكن العثور عليه بها.

## نشاط تسجيل الدخول، والدعوة، والرعاة، والتطبيقات.

guests-sign-ins-no-licence = غير متاح: ليس لدى مؤسستك ترخيص Microsoft Entra ID P1 أو P2، وهو ما يتطلبه نشاط تسجيل الدخول.
guests-sign-ins-no-permission = غير متاح: ينقص Guestlist إذن AuditLog.Read.All الذي يتطلبه نشاط تسجيل الدخول. يمكن لأحد المسؤولين منحه للتطبيق.
guests-sign-ins-not-given = غير متاح: لم يقدّم Microsoft Entra نشاط تسجيل الدخول هذه المرة. أعد تحميل الصفحة للمحاولة مرة أخرى.
guests-sponsors-unreadable = تعذّرت قراءة رعاته: { $problem }
guests-invited-by = دعاه { $who } في { $date }، عبر Guestlist
guests-converted-by = حوّله { $who } إلى B2B في { $date }، عبر Guestlist
guests-invited-not-through-guestlist = لم تتم دعوته عبر Guestlist (أو تمت قبل بدء سجل التدقيق الخاص به): سجل التدقيق في Microsoft Entra يبيّن من دعاه.
guests-app-default-access = الوصول الافتراضي
guests-app-unnamed = تطبيق

## لماذا لا يجوز حظر حساب أو حذفه، وما يمكنك فعله.

guests-protected-synced = { $who } متزامن من Active Directory المحلي لديك، لذا يرفض Microsoft Entra تغيير الحساب هنا: احظره أو احذفه في Active Directory، وسينقل Microsoft Entra Connect التغيير.
guests-protected-yourself = هذا حسابك: لا يسمح لك Guestlist بحظر نفسك أو حذفها.
guests-protected-admin = يحمل { $who } دور مسؤول (المسؤول العام أو مسؤول المستخدمين) وبالتالي فهو مسؤول في Guestlist: لا يحظر Guestlist مسؤوليه ولا يحذفهم. افعل ذلك في مركز إدارة Microsoft Entra إن لزم الأمر.
guests-offers-helpdesk = بصفتك مسؤول مكتب الدعم، يمكنك إعادة إرسال الدعوات وإعادة تعيينها؛ أما التغييرات الأخرى فتحتاج إلى مسؤول.
guests-offers-not-external = لا يعدّ Guestlist هذا الحساب خارجيًا: ليست له دعوة، ولا اسم مستخدم يحتوي على #EXT#، ولا هوية خارجية.

## الإجراءات على ضيف واحد.

guests-action-no-id = أعاد Graph المستخدم دون معرّف.
guests-action-already-allowed = يستطيع { $who } تسجيل الدخول بالفعل. لم يتغيّر شيء.
guests-action-already-blocked = تسجيل دخول { $who } محظور بالفعل. لم يتغيّر شيء.
guests-action-allowed = يستطيع { $who } تسجيل الدخول مجددًا.
guests-action-allowed-more = دعوته ومجموعاته وتطبيقاته ورعاته كما كانت.
guests-action-blocked = حُظر تسجيل دخول { $who }.
guests-action-blocked-more = تنتهي الجلسات القائمة عند انتهاء صلاحية رموزها المميزة (عادةً خلال ساعة). تبقى مجموعاته وتطبيقاته ورعاته، لذا فإن السماح بتسجيل الدخول مجددًا يعيد إليه وصوله.
guests-action-delete-unconfirmed = حدّد «أفهم ذلك» لتأكيد الحذف.
guests-action-deleted = حُذف { $who } ولم يعد بإمكانه تسجيل الدخول.
guests-action-deleted-more = تحتفظ Microsoft بالحسابات المحذوفة 30 يومًا: يمكن حتى ذلك الحين استعادتها مع مجموعاتها من «الضيوف المحذوفون مؤخرًا». وبعدها تزول نهائيًا.
guests-group-this = هذه المجموعة
guests-group-dynamic = عضوية { $group } ديناميكية: قاعدتها تحدد من ينتمي إليها، لذا لا يمكن إضافة أعضاء أو إزالتهم يدويًا. غيّر خصائص الشخص أو القاعدة بدلًا من ذلك.
guests-group-mail-security = { $group } مجموعة أمان ممكّنة للبريد: يدير Exchange أعضاءها، لذا لا يستطيع Microsoft Graph ذلك. غيّرها في مركز إدارة Exchange.
guests-group-distribution = { $group } قائمة توزيع: يدير Exchange أعضاءها. غيّرها في مركز إدارة Exchange.
guests-group-role-assignable = يمكن أن تحمل { $group } أدوار مسؤول: لا يغيّر أعضاءها إلا مسؤول الأدوار المميزة، في مركز إدارة Microsoft Entra.
guests-group-gone = هذه المجموعة غير موجودة (أو لم تعد موجودة). اخترها مرة أخرى.
guests-group-already-member = { $who } عضو في { $group } بالفعل. لم يتغيّر شيء.
guests-group-not-member = { $who } ليس عضوًا في { $group }. لم يتغيّر شيء.
guests-group-added = أصبح { $who } عضوًا في { $group }.
guests-group-removed = لم يعد { $who } عضوًا في { $group }.
guests-sponsors-too-many = يمكن أن يكون للضيف { $most } رعاة على الأكثر؛ وقد اختير { $chosen }. ألغِ تحديد بعضهم.
guests-sponsors-none-left = سيبقى { $who } بلا راعٍ: لن يهتم أحد بوصوله. حدّد «إزالة كل الرعاة» للتأكيد، أو أبقِ راعيًا واحدًا.
guests-sponsors-unchanged = رعاة { $who } هم هؤلاء بالفعل. لم يتغيّر شيء.
guests-sponsor-not-in-directory = هذا الراعي ليس في دليلك. اختره مرة أخرى.
guests-sponsor-not-in-directory-short = هذا الراعي ليس في دليلك.
guests-sponsor-gone = هذا الراعي ليس في دليلك (أو لم يعد كذلك). اختره مرة أخرى.
guests-sponsor-self = لا يمكن أن يكون { $who } راعيًا لنفسه.
guests-sponsor-added = أصبح { $sponsor } راعيًا لـ{ $who }.
guests-sponsor-add-failed = تعذّرت إضافة { $sponsor }: { $problem }
guests-sponsor-named-not-in-directory = { $sponsor } ليس في دليلك.
guests-sponsor-removed = لم يعد { $sponsor } راعيًا لـ{ $who }.
guests-sponsor-remove-failed = تعذّرت إزالة { $sponsor }: { $problem }
guests-sponsor-told = أُبلغ الراعي الجديد بالبريد الإلكتروني.

## الضيوف المحذوفون مؤخرًا.

guests-deleted-purge-on = { $days ->
    [0] يُحذف نهائيًا في { $date } (اليوم هو آخر يوم للاستعادة)
    [one] يُحذف نهائيًا في { $date } (بقي يوم واحد)
    [two] يُحذف نهائيًا في { $date } (بقي يومان)
    [few] يُحذف نهائيًا في { $date } (بقيت { $days } أيام)
    [many] يُحذف نهائيًا في { $date } (بقي { $days } يومًا)
   *[other] يُحذف نهائيًا في { $date } (بقي { $days } يوم)
}
guests-deleted-not-found = هذا الضيف ليس بين المحذوفين مؤخرًا: ربما استُعيد أو حُذف نهائيًا بالفعل. ابحث عنه في صفحة الضيوف.
guests-deleted-name-taken = تتعذّر استعادة { $who }: يحمل مستخدم آخر الآن اسم المستخدم { $upn }. غيّر اسم ذلك المستخدم أو احذفه، ثم أعد الاستعادة.
guests-deleted-restored = استُعيد { $who }.
guests-deleted-restored-more = أعاد Microsoft Entra إليه عضوياته في المجموعات؛ ويسجّل الدخول كما كان. تحقّق من رعاته وتعيينات التطبيقات في صفحته.
guests-deleted-purge-unconfirmed = لم يُحذف { $who }: حدّد «أفهم أن هذا لا يمكن التراجع عنه» لحذفه نهائيًا.
guests-deleted-purged = حُذف { $who } نهائيًا. لم يعد من الممكن استعادته؛ ادعُه مجددًا إذا احتاج إلى الوصول.

## صفحة الضيف.

guests-details-bad-id = هذا ليس مستخدمًا في هذا الدليل. ابحث عنه في صفحة الضيوف.
guests-details-bad-group = هذه المجموعة غير موجودة. اخترها مرة أخرى.
guests-details-title = ضيف
guests-back = العودة إلى الضيوف
guests-breadcrumb = مسار التنقل
guests-details-gone = لم يعد هذا الضيف موجودًا.
guests-offer-resend = إعادة إرسال الدعوة…
guests-offer-resend-help = رابط دعوة جديد، في بطاقته في الدليل.
guests-offer-reset = إعادة تعيين الاسترداد…
guests-offer-reset-help = يقبل من جديد، بنفس عنوان البريد الإلكتروني أو (للمسؤولين) بعنوان جديد.
guests-offer-user-type = تغيير نوع المستخدم…
guests-offer-user-type-help = عضو أو ضيف، بعد أسئلة Microsoft.
guests-offer-mail = تغيير عنوان البريد الإلكتروني…
guests-offer-mail-help = العنوان الذي ترسل إليه Microsoft الدعوات.
guests-offer-sponsors = تغيير الرعاة…
guests-offer-sponsors-help = من يهتم بوصوله (خمسة على الأكثر).
guests-offer-groups = إضافة إلى مجموعة…
guests-offer-groups-help = ابحث عن مجموعة باسمها.
guests-offer-delete = حذف…
guests-offer-delete-help = قابل للاستعادة لمدة 30 يومًا.
guests-offer-block-help = لا تستطيع الحسابات المحظورة تسجيل الدخول؛ وتبقى مجموعاتها وتطبيقاتها ورعاتها.
guests-details-no-sponsor = لا راعي: لم يُعيَّن أحد للاهتمام بوصوله.
guests-details-sponsored-by = كل الضيوف الذين يرعاهم { $name }
guests-details-no-groups = ليس عضوًا في أي مجموعة.
guests-details-remove-from = إزالة من { $group }
guests-details-more-groups = ينتمي إلى مجموعات أكثر مما يظهر هنا: يعرضها مركز إدارة Microsoft Entra كلها.
guests-details-roles = أدوار الدليل: { $roles }.
guests-details-no-apps = لا توجد تعيينات تطبيقات.
guests-details-app = التطبيق
guests-details-app-role = الدور
guests-details-app-since = منذ
guests-details-no-audit = لم يفعل Guestlist شيئًا بشأنه بعد.
guests-details-audit-when = متى
guests-details-audit-who = من
guests-details-audit-what = ماذا
guests-details-audit-outcome = النتيجة
guests-details-actions = ما يمكنك فعله
guests-details-properties = الخصائص
guests-details-invitation = الدعوة
guests-details-sign-ins = نشاط تسجيل الدخول
guests-details-groups = المجموعات
guests-details-apps = التطبيقات
guests-details-audit = في سجل التدقيق الخاص بـGuestlist
guests-linked-group = { $name } (مجموعة)
guests-sign-ins-never = لم يسجّل الدخول قط: لا يسجّل Microsoft Entra أي تسجيل دخول له (أو لا شيء منذ أبريل 2020).
guests-sign-ins-interactive = آخر تسجيل دخول تفاعلي
guests-sign-ins-interactive-help = أدخل كلمة مرور أو رمز مرور أو وافق على طلب (تُحتسب المحاولات الفاشلة أيضًا).
guests-sign-ins-non-interactive = آخر تسجيل دخول غير تفاعلي
guests-sign-ins-non-interactive-help = جدّد تطبيق جلسته دون تدخّله (Teams وOutlook…): ما زال يستخدمه.
guests-sign-ins-successful = آخر تسجيل دخول ناجح
guests-sign-ins-successful-help = آخر تسجيل دخول نجح (يُسجَّل منذ ديسمبر 2023).
guests-details-no-such-page = هذه الصفحة غير موجودة. اختر إجراءً في صفحة الضيف.

## الإضافة إلى مجموعة، والرعاة، والحذف.

guests-groups-add-to = إضافة إلى { $group }
guests-groups-already-member = عضو بالفعل
guests-groups-title = إضافة { $name } إلى مجموعة
guests-groups-lead = يحصل أعضاء المجموعة على ما تمنحه المجموعة: الوصول إلى تطبيقاتها ومواقعها وفرقها. لا يمكن هنا تغيير المجموعات ذات العضوية الديناميكية، ولا قوائم التوزيع، ولا المجموعات التي تحمل أدوار مسؤول.
guests-groups-q = اسم المجموعة
guests-groups-q-help = تكفي بداية الاسم.
guests-groups-find = البحث عن مجموعات
guests-groups-group = المجموعة
guests-groups-action = الإجراء
guests-sponsors-title = رعاة { $name }
guests-sponsors-lead = الرعاة هم الأشخاص (أو المجموعات) الذين يهتمون بوصول الضيف: يُسألون في المراجعات إن كان الضيف ما زال يحتاج إليه. خمسة على الأكثر.
guests-sponsors-q = البحث عن شخص أو مجموعة لإضافتها
guests-sponsors-q-help = بداية اسم أو عنوان بريد إلكتروني؛ ثم حدّدهم أدناه.
guests-sponsors-find = بحث
guests-sponsors-after = الرعاة بعد الحفظ (حدّد حتى خمسة)
guests-sponsors-remove-all = إزالة كل الرعاة
guests-sponsors-remove-all-help = فقط إذا لم يعد على أحد الاهتمام بهذا الضيف: من دون هذا التحديد يحتفظ Guestlist براعٍ واحد على الأقل.
guests-sponsors-save = حفظ الرعاة
guests-delete-done-title = تم الحذف
guests-delete-title = حذف { $name }
guests-delete-loses-access = لن يتمكن { $name } من تسجيل الدخول بعد الآن، وسيفقد الوصول إلى كل ما مُنح له: المجموعات والتطبيقات والفرق والمواقع.
guests-delete-restorable = تحتفظ Microsoft بالحساب المحذوف 30 يومًا: يمكن حتى ذلك الحين استعادته مع عضوياته في المجموعات من «الضيوف المحذوفون مؤخرًا». وبعد 30 يومًا يزول نهائيًا.
guests-delete-block-instead = لمنعه من تسجيل الدخول مؤقتًا، فإن حظر تسجيل الدخول ألطف: لا يضيع شيء.
guests-delete-confirm = أفهم ذلك
guests-delete-confirm-help = يُحذف الحساب فورًا؛ وتمكن استعادته خلال 30 يومًا.
guests-delete-keep = الإبقاء عليه: العودة إلى صفحته

## صفحة الضيوف المحذوفين مؤخرًا.

guests-deleted-bad-id = هذا ليس ضيفًا محذوفًا. اختر واحدًا في صفحة «الضيوف المحذوفون مؤخرًا».
guests-deleted-lead = يحتفظ Microsoft Entra بالمستخدم المحذوف مدة { $days } يومًا، ثم يحذفه نهائيًا. ويمكنك حتى ذلك الحين استعادته: يعود مع عضوياته في المجموعات ويسجّل الدخول كما كان.
guests-deleted-none = لم يُحذف أي مستخدم خارجي خلال آخر { $days } يومًا.
guests-deleted-summary-more = آخر { $count } من المستخدمين الخارجيين المحذوفين؛ وقد حُذف غيرهم.
guests-deleted-summary = { $count ->
    [one] حُذف مستخدم خارجي واحد خلال آخر { $days } يومًا.
    [two] حُذف مستخدمان خارجيان خلال آخر { $days } يومًا.
    [few] حُذف { $count } مستخدمين خارجيين خلال آخر { $days } يومًا.
    [many] حُذف { $count } مستخدمًا خارجيًا خلال آخر { $days } يومًا.
   *[other] حُذف { $count } مستخدم خارجي خلال آخر { $days } يومًا.
}
guests-deleted-restore = استعادة { $name }
guests-deleted-purge-link = حذف { $name } نهائيًا…
guests-deleted-address = البريد الإلكتروني أو اسم المستخدم
guests-deleted-on = تاريخ الحذف
guests-deleted-until = قابل للاستعادة حتى
guests-deleted-actions = الإجراءات
guests-deleted-back = عرض الضيوف المحذوفين مؤخرًا
guests-deleted-purge-title = حذف { $name } نهائيًا
guests-deleted-cannot-undo = لا يمكن التراجع عن هذا
guests-deleted-removed-at-once = يُزال { $name } من Microsoft Entra فورًا، بدلًا من { $date }.
guests-deleted-nobody-can-restore = لن يتمكن أحد من استعادته بعد ذلك: لا أنت ولا Microsoft. وتزول معه عضوياته في المجموعات وتعيينات تطبيقاته.
guests-deleted-invite-again = إذا احتاج إلى الوصول مجددًا لاحقًا، فادعُه من جديد: سيبدأ كضيف جديد.
guests-deleted-confirm = أفهم أن هذا لا يمكن التراجع عنه
guests-deleted-confirm-help = من دون هذا التحديد لا يُحذف شيء.
guests-deleted-keep = الإبقاء عليه والعودة إلى القائمة
