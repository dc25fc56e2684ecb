# The Settings page (administrators): partner rules, who invites directly, requests, redirects,
# blocked domains, default messages, mail, versions, export and import.
settings-title = الإعدادات
settings-back-home = العودة إلى الصفحة الرئيسية
settings-in-force = السارية: الإصدار { $id }، حُفظ في { $at } بواسطة { $by }.
settings-nothing-saved = لم يُحفظ شيء بعد: تسري متغيرات GUESTLIST_*.
settings-lead = قواعد المؤسسة لدعوة الضيوف. الإعداد المتروك فارغًا هنا يتبع متغير GUESTLIST_* الخاص به؛ والإعداد المحدد هنا هو الذي يسري.
# Around the link to the Rules page: the spaces next to the link are written { " " }.
settings-lead-rules-before = ما يمكن للداعين منحه (المجموعات وأدوار التطبيقات) موجود في صفحة{ " " }
settings-lead-rules-link = القواعد
settings-lead-rules-after = { "." }
settings-effective-heading = إعدادات المستأجر والنتيجة الفعلية
settings-tenant-who-may-invite = من يمكنه الدعوة (Entra)
settings-tenant-guest-access = وصول المستخدمين الضيوف (Entra)
settings-tenant-domains = النطاقات المسموح بها والمحظورة (Entra)
settings-check-domain-label = التحقق من نطاق
settings-check-domain-help = مثلًا fabrikam.com: ما يحدث لدعوة إلى هذا النطاق، وأي قاعدة تقرر.
settings-check-domain-button = التحقق من النطاق
settings-effective-verdict = { $domain }: { $verdict }
settings-effective-decided-by = قررته: { $rule }
settings-rule-groups = المجموعات: { $groups }
settings-rule-sponsor = الراعي: { $sponsor }
settings-rule-required-sponsors = { $count ->
    [one] راعٍ واحد على الأقل
    [two] راعيان على الأقل
    [few] { $count } رعاة على الأقل
    [many] { $count } راعيًا على الأقل
   *[other] { $count } راعٍ على الأقل
}
settings-rule-lifetime = { $days ->
    [one] وصول ليوم واحد كحد أقصى
    [two] وصول ليومين كحد أقصى
    [few] وصول لمدة { $days } أيام كحد أقصى
    [many] وصول لمدة { $days } يومًا كحد أقصى
   *[other] وصول لمدة { $days } يوم كحد أقصى
}
settings-rule-redirect = إعادة التوجيه: { $url }
settings-rule-language = اللغة: { $language }
settings-rule-message = رسالة
settings-rule-approvers = المعتمدون: { $approvers }
settings-rule-separator = { "؛ " }
settings-default-help = إذا تُرك فارغًا: { $name } ({ $value }).
settings-inviters-heading = من يمكنه الدعوة مباشرة
settings-inviters-now = من يدعو مباشرة الآن: { $who }.
settings-inviters-legend = من يدعو دون طلب (المسؤولون دائمًا)
settings-inviters-variables = كما تحدد متغيرات GUESTLIST_INVITER_* ({ $who })
settings-inviters-choice-everyone = كل أعضاء المؤسسة
settings-inviters-choice-some = هؤلاء فقط (حدِّد واملأ أدناه):
settings-inviters-entra-label = الأشخاص الذين لديهم دور Guest Inviter في Entra
settings-inviters-app-role-label = الأشخاص الذين لديهم دور التطبيق هذا في Guestlist (قيمته)
settings-inviters-app-role-help = مثلًا Guestlist.Inviter، كما في أدوار التطبيق في تسجيل التطبيق.
settings-inviters-groups-label = أعضاء هذه المجموعات (معرّفات الكائنات، واحد في كل سطر)
settings-inviters-groups-help = لا يمكن أبدًا إضافة الضيوف إلى هذه المجموعات عبر Guestlist. يتطلب مطالبة المجموعات (groups) أو memberOf في Microsoft Graph.
settings-inviters-others = كل عضو آخر يطلب مع ذكر السبب، ويرد أحد المعتمدين. يسري التغيير عند تسجيل الدخول التالي لكل شخص أو عند التحقق التالي من حسابه.
settings-inviters-save = حفظ من يمكنه الدعوة
settings-messages-none = لا توجد رسائل افتراضية: الدعوات التي بلا رسالة تحمل نص Microsoft.
settings-messages-change = تغيير الرسالة باللغة { $language }
settings-column-change = تغيير
settings-messages-heading = رسائل الدعوة الافتراضية
settings-messages-lead = الرسالة الشخصية في الدعوة عندما لا يكتب الداعي رسالة ولا تتضمن قاعدة الشريك للنطاق رسالة، بلغة الدعوة.
settings-messages-language = اللغة
settings-messages-message = الرسالة
settings-messages-help = نص عادي. تركه فارغًا يزيل رسالة هذه اللغة.
settings-messages-save = حفظ الرسالة
settings-rules-none = لا توجد قواعد للشركاء: كل نطاق يسمح به المستأجر مسموح به، دون قيم افتراضية.
settings-rules-default-rule = القاعدة الافتراضية (*)
settings-rules-change = تغيير القاعدة الخاصة بـ { $name }
settings-rules-remove = إزالة القاعدة الخاصة بـ { $name }
settings-rules-defaults = القيم الافتراضية
settings-rules-add = إضافة قاعدة
settings-rules-heading = قواعد الشركاء
settings-rules-lead = تشمل القاعدة نطاقها والنطاقات التابعة له؛ وتسري القاعدة الأكثر تحديدًا، وإلا فالقاعدة الافتراضية (*). السماح: يدعو الداعون، ويطلب الأعضاء الآخرون من أحد المعتمدين. الاعتماد مطلوب: يطلب الجميع ما عدا المسؤولين. الحظر: لا أحد يدعو من هذا النطاق. إعدادات المستأجر لها الأولوية: لا يسمح Guestlist أبدًا بما يحظره Entra.
settings-rules-domain = النطاق
settings-rules-domain-help = مثلًا fabrikam.com؛ و* للقاعدة الافتراضية.
settings-rules-decision = القرار
settings-rules-groups-label = المجموعات الافتراضية (واحدة في كل سطر)
settings-rules-sponsor-label = الراعي الافتراضي (عنوان أو اسم مجموعة)
settings-rules-count-label = العدد المطلوب من الرعاة
settings-rules-lifetime-label = أقصى مدة لوصول الضيف (بالأيام)
settings-rules-lifetime-help = تُسجَّل كنهاية لوصول الضيف، لمراجعات رعاته. إذا تُركت فارغة: بلا حد.
settings-rules-redirect-label = الصفحة بعد القبول
settings-rules-message-label = قالب الرسالة
settings-rules-language-label = لغة الدعوة
settings-rules-language-inviter = كما يختار الداعي
settings-rules-approvers-label = المعتمدون لهذا النطاق (عناوين، واحد في كل سطر)
settings-rules-save = حفظ القاعدة
settings-general-approvers-help = المسؤولون يعتمدون أيضًا. { $default }
settings-general-heading = الطلبات وإعادة التوجيه والنطاقات المحظورة والتدقيق
settings-general-approvers-label = المعتمدون لكل الطلبات (عناوين، واحد في كل سطر)
settings-general-expiry-label = عدد الأيام قبل انتهاء صلاحية طلب لم يُرد عليه
settings-general-prefixes-label = بادئات عناوين URL المسموح بها لإعادة التوجيه (واحدة في كل سطر)
settings-general-blocked-label = النطاقات المحظورة (واحد في كل سطر)
settings-general-retention-label = الاحتفاظ بصفوف التدقيق في قاعدة البيانات لمدة (أيام)
settings-general-retention-help = تُؤرشف الصفوف الأقدم في ملف بواسطة خدمة الخلفية، ولا تُحذف أبدًا. إذا تُرك فارغًا: الاحتفاظ بكل الصفوف.
settings-general-save = حفظ هذه الإعدادات
settings-mail-password-set = تم تعيين كلمة مرور. اترك هذا الحقل فارغًا للاحتفاظ بها (ما دام الخادم واسم المستخدم على حالهما).
settings-mail-password-help = إذا كان الخادم يحتاج إليها. لا تُعرض مرة أخرى أبدًا.
settings-mail-server-help = مثلًا smtp://guests@mail.contoso.com:587?tls=required أو smtps://mail.contoso.com:465. { $default }
settings-mail-from-help = مثلًا Guestlist <guests@contoso.com>. { $default }
settings-mail-heading = البريد
settings-mail-lead = يمر بريد Guestlist نفسه (روابط الدعوات والطلبات والردود) عبر هذا الخادم، ومن هذا المرسل.
settings-mail-server-label = خادم البريد
settings-mail-password-label = كلمة مرور خادم البريد
settings-mail-from-label = المرسل
settings-mail-save = حفظ إعدادات البريد
settings-mail-test-label = إرسال رسالة اختبار إلى
settings-mail-test-button = إرسال رسالة اختبار
settings-mail-none = لم يُعدّ أي خادم بريد: املأ خادم البريد أعلاه، أو عيّن GUESTLIST_SMTP_URL وGUESTLIST_MAIL_FROM.
settings-versions-view = عرض الإصدار { $id }
settings-versions-restore = استعادة الإصدار { $id }
settings-versions-heading = الإصدارات
settings-versions-lead = كل حفظ هو إصدار. استعادة إصدار تحفظه من جديد بوصفه الأحدث.
settings-versions-none = لا يوجد إصدار بعد: لم يُحفظ شيء في هذه الصفحة.
settings-versions-version = الإصدار
settings-versions-saved = تاريخ الحفظ (UTC)
settings-versions-by = بواسطة
settings-versions-what = ما الذي تغيّر
settings-versions-actions = الإجراءات
settings-versions-one = الإصدار { $id }
settings-export-heading = التصدير والاستيراد
settings-export-download = تنزيل الإعدادات بتنسيق JSON
settings-import-label = الإعدادات المراد استيرادها (JSON، كما صُدّرت)
settings-import-button = استيراد هذه الإعدادات
settings-list-separator = { "، " }
settings-list-and = { $first } و{ $last }
settings-inviters-everyone = كل أعضاء المؤسسة
settings-inviters-administrators = المسؤولون
settings-inviters-guest-inviter-role = أصحاب دور Guest Inviter في Entra
settings-inviters-app-role = أصحاب دور التطبيق { $role }
settings-inviters-group = أعضاء المجموعة { $group }
settings-inviters-groups = أعضاء المجموعات { $groups }
settings-inviters-everyone-invites = كل عضو يدعو مباشرة؛ ولا يلزمه الطلب إلا قاعدة شريك تتطلب الاعتماد. لا يمكن للضيوف الدعوة.
settings-inviters-others-request = على الأعضاء من غير { $who } طلب الدعوة، ويرد عليها أحد المعتمدين.
settings-problem-no-version = لا يوجد إصدار إعدادات رقم { $id }.
settings-problem-mail-server = يجب أن يكون خادم البريد عنوان URL مثل smtp://user@mail.contoso.com:587?tls=required أو smtps://mail.contoso.com:465.
settings-problem-not-a-domain = «{ $domain }» ليس نطاقًا. اكتبه مثل fabrikam.com (وهو يشمل نطاقاته الفرعية أيضًا)، أو * للقاعدة الافتراضية.
settings-problem-two-rules = توجد قاعدتان لـ { $domain }. احتفظ بواحدة.
settings-problem-rule-approvers = يجب أن يكون المعتمدون لـ { $domain } عناوين بريد إلكتروني أو أسماء مستخدمين (name@domain).
settings-problem-too-many-sponsors = يمكن أن يكون للضيف { $count } رعاة على الأكثر؛ خفّض العدد لـ { $domain }.
settings-problem-rule-redirect = يجب أن يكون عنوان URL لإعادة التوجيه لـ { $domain } عنوان https://.
settings-problem-rule-language = اختر اللغة لـ { $domain } من القائمة.
settings-problem-approvers = يجب أن يكون المعتمدون عناوين بريد إلكتروني أو أسماء مستخدمين (name@domain).
settings-problem-prefix = «{ $prefix }» ليس عنوان https://؛ ويجب أن تكون بادئات إعادة التوجيه كذلك.
settings-problem-no-prefix = احتفظ ببادئة إعادة توجيه واحدة على الأقل، أو امسح الإعداد لاستخدام GUESTLIST_INVITE_REDIRECT_PREFIXES.
settings-problem-expiry = تنتهي صلاحية الطلبات بعد مدة من 1 إلى 90 يومًا.
settings-problem-retention = احتفظ بصفوف التدقيق 30 يومًا على الأقل.
settings-problem-group-id = «{ $group }» ليس معرّف كائن لمجموعة. انسخه من صفحة النظرة العامة للمجموعة في Entra (يبدو مثل 5a1f0e6d-7c2b-4e93-8d14-6b2c9a0f3e71).
settings-problem-message-language = اختر لغة كل رسالة افتراضية من القائمة.
settings-problem-message-empty = الرسالة الافتراضية للغة { $language } فارغة: اكتب رسالة أو أزلها.
settings-problem-two-messages = توجد رسالتان افتراضيتان للغة { $language }. احتفظ بواحدة.
settings-problem-sender = «{ $sender }» ليس مرسلًا. اكتبه مثل Guestlist <guests@contoso.com>.
settings-problem-sandbox-mail = هذه بيئة الاختبار التي تسجّل دخول أي شخص دون كلمة مرور: فهي ترسل البريد فقط إلى خادم على هذا الجهاز، وليس إلى { $host }. استخدم مستأجرًا حقيقيًا للبريد الحقيقي.
settings-problem-not-stored = لا يمكن تخزين الإعدادات ({ $error }).
settings-problem-number-sponsors = يجب أن يكون العدد المطلوب من الرعاة عددًا صحيحًا (أو فارغًا).
settings-problem-number-lifetime = يجب أن تكون أقصى مدة لوصول الضيف عددًا صحيحًا (أو فارغة).
settings-problem-number-expiry = يجب أن يكون عدد الأيام قبل انتهاء صلاحية الطلب عددًا صحيحًا (أو فارغًا).
settings-problem-number-retention = يجب أن تكون مدة الاحتفاظ بالتدقيق عددًا صحيحًا (أو فارغة).
settings-problem-decision = «{ $decision }» ليس قرارًا: اختر السماح أو الاعتماد مطلوب أو الحظر.
settings-problem-no-rule = لا توجد قاعدة لـ { $domain }.
settings-problem-inviters-choice = «{ $choice }» ليس خيارًا: اختر أحد الخيارات الثلاثة.
settings-problem-not-written = لا يمكن كتابة الإعدادات ({ $error }).
settings-problem-not-a-settings-file = هذا ليس ملف إعدادات Guestlist ({ $error }). صدِّر ملفًا من صفحة الإعدادات لترى شكله.
settings-problem-tenant-list = لا يمكن قراءة قائمة السماح والحظر الخاصة بالمستأجر ({ $error }).
settings-problem-no-mail-server = لم يُعدّ أي خادم بريد: املأ خادم البريد في هذه الصفحة، أو عيّن GUESTLIST_SMTP_URL وGUESTLIST_MAIL_FROM.
settings-changed-rule-added = أُضيفت قاعدة { $domain }
settings-changed-rule-changed = تغيّرت قاعدة { $domain }
settings-changed-rule-removed = أُزيلت قاعدة { $domain }
settings-changed-approvers = تغيّر المعتمدون
settings-changed-request-expiry = تغيّرت مدة صلاحية الطلبات
settings-changed-redirect-prefixes = تغيّرت بادئات إعادة التوجيه
settings-changed-blocked-domains = تغيّرت النطاقات المحظورة
settings-changed-audit-retention = تغيّرت مدة الاحتفاظ بالتدقيق
settings-changed-inviters = تغيّر من يدعو مباشرة
settings-changed-default-messages = تغيّرت الرسائل الافتراضية
settings-changed-mail-server = تغيّر خادم البريد
settings-changed-mail-sender = تغيّر مرسل البريد
settings-changed-nothing = لم يتغيّر شيء
settings-summary-restored = استُعيد الإصدار { $id }: { $summary }
settings-summary-imported = مستورد: { $summary }
settings-saved = حُفظ بوصفه الإصدار { $id }: { $summary }.
settings-tenant-invites-nobody = لا يمكن لأحد (ولا حتى المسؤولين) دعوة الضيوف.
settings-tenant-invites-admins = يمكن للمسؤولين وأصحاب دور Guest Inviter فقط دعوة الضيوف.
settings-tenant-invites-members = يمكن للمسؤولين وأصحاب دور Guest Inviter وكل الأعضاء دعوة الضيوف.
settings-tenant-invites-everyone = يمكن للجميع، بمن فيهم الضيوف، دعوة الضيوف.
settings-tenant-not-read-value = لم تتم قراءته ({ $value }).
settings-tenant-access-members = مثل الأعضاء (الأكثر شمولًا).
settings-tenant-access-limited = وصول محدود (الافتراضي).
settings-tenant-access-restricted = وصول مقيَّد (الأكثر تقييدًا).
settings-tenant-not-read = لم تتم قراءته.
settings-tenant-domains-any = يمكن دعوة أي نطاق.
settings-tenant-domains-only = يمكن دعوة هذه النطاقات فقط: { $domains }.
settings-tenant-domains-blocked = لا يمكن دعوة هذه النطاقات: { $domains }.
settings-default-none = لا شيء
settings-default-sandbox-mailbox = صندوق البريد الخاص ببيئة الاختبار
settings-default-keep-every-row = الاحتفاظ بكل الصفوف
settings-default-no-messages = لا شيء: نص الدعوة الخاص بـ Microsoft
settings-test-mail-subject = رسالة اختبار من Guestlist
settings-test-mail-body =
    مرحبًا،

    أرسل { $name } هذا الاختبار من صفحة إعدادات Guestlist: إعدادات البريد تعمل.
settings-test-mail-sent = أُرسلت رسالة الاختبار إلى { $to }.
settings-test-mail-not-sent = لم تُرسل رسالة الاختبار إلى { $to } بعد. { $status }
