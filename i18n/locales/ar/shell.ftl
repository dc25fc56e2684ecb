# إطار الصفحة (الترويسة والتنقل وقائمة اللغات وشريط بيئة الاختبار) والصفحة الرئيسية وتسجيل الدخول
# وأخطاء التطبيق نفسه.

shell-skip-link = الانتقال إلى المحتوى الرئيسي
shell-nav-label = التنقل الرئيسي
shell-sign-in = تسجيل الدخول
shell-sign-out = تسجيل الخروج

## قائمة اللغات في الترويسة.

shell-language-label = اللغة
shell-language-change = تغيير اللغة

## شريط بيئة الاختبار. { $mailbox } هو الرابط «صندوق بريد بيئة الاختبار».

shell-sandbox-label = مستأجر تجريبي
shell-sandbox-title = مستأجر تجريبي.
shell-sandbox-text = أنت تستخدم مستأجر Microsoft Entra محاكيًا يعمل على هذا الجهاز. لا يغادر شيء هذا الحاسوب: تذهب الدعوات ورسائل البريد الإلكتروني إلى { $mailbox } بدلاً من أشخاص حقيقيين.
shell-sandbox-mailbox = صندوق بريد بيئة الاختبار

## صفحة غير موجودة. { $link } هو الرابط «الانتقال إلى الصفحة الرئيسية».

shell-not-found-title = الصفحة غير موجودة
shell-not-found-text = لا توجد صفحة على هذا العنوان. { $link }.
shell-not-found-home = الانتقال إلى الصفحة الرئيسية

## التنقل: اسم كل صفحة وجملة عنها للصفحة الرئيسية.

shell-nav-home = الرئيسية
shell-nav-home-summary = اعرف الحساب الذي سجّلت الدخول به وما يمكنك فعله.
shell-nav-my-guests = ضيوفي
shell-nav-my-guests-summary = الضيوف الذين ترعاهم، مع ما تحتاجه لتقرر هل ما زالوا بحاجة إلى الوصول: الإبقاء أو التمديد أو الإنهاء أو التسليم.
shell-nav-dashboard = لوحة المعلومات
shell-nav-dashboard-summary = اعرف عدد المستخدمين الخارجيين وأوضاعهم، وكل رقم رابط إلى هؤلاء الأشخاص تحديدًا.
shell-nav-continuity = استمرارية الرعاة
shell-nav-continuity-summary = اعثر على الضيوف الذين غادر رعاتهم أو لا رعاة لهم، وسلّمهم إلى خلف (مدير من غادر، أو من دعاهم).
shell-nav-reviews = مراجعات الوصول
shell-nav-reviews-summary = نفّذ حملات مراجعة يؤكد فيها الرعاة أن ضيوفهم ما زالوا بحاجة إلى الوصول، وأدر قواعد دورة الحياة التي تعمل كل يوم، مع معاينة كل تغيير وتحديده وإمكانية التراجع عنه.
shell-nav-guests = الضيوف
shell-nav-guests-summary = جميع المستخدمين الخارجيين في قائمة واحدة: صفِّ القائمة، وافتح أحدهم لرؤية التفاصيل، ونفّذ إجراءً على عدة ضيوف معًا، وصدِّر العرض.
shell-nav-invite = دعوة
shell-nav-invite-summary = ادعُ شخصًا من خارج المؤسسة بصفة ضيف (أو اطلب ذلك من معتمِد إن لم يكن مسموحًا لك أن تدعو بنفسك).
shell-nav-my-requests = طلباتي
shell-nav-my-requests-summary = طلباتك لدعوة ضيوف، وردود المعتمِدين عليها.
shell-nav-approvals = الموافقات
shell-nav-approvals-summary = وافق على طلبات زملائك لدعوة ضيوف أو ارفضها بنقرة واحدة.
shell-nav-bulk-invite = دعوة جماعية
shell-nav-bulk-invite-summary = ادعُ أشخاصًا كثيرين دفعة واحدة من ملف CSV أو قائمة ملصقة (أو اطلب ذلك من معتمِد): اعرف ما سيحدث لكل صف قبل إرسال أي شيء.
shell-nav-directory = الدليل
shell-nav-directory-summary = اعثر على أي شخص في الدليل، واطّلع على حالة تعاون B2B الخاصة به، وأعد إرسال دعوة أو أعد تعيينها، وغيّر نوع المستخدم أو عنوان البريد الإلكتروني.
shell-nav-convert = تحويل
shell-nav-convert-summary = انقل الحسابات الداخلية للشركاء إلى B2B، ليسجّلوا الدخول بحساب مؤسستهم ويحتفظوا بوصولهم.
shell-nav-audit = سجل التدقيق
shell-nav-audit-summary = اطّلع على كل محاولة دعوة: من ومتى ولمن وماذا حدث.
shell-nav-settings = الإعدادات
shell-nav-settings-summary = حدّد قواعد الشركاء لكل نطاق ومن يوافق على الطلبات، واطّلع على إعدادات المستأجر نفسه وأي نسخة سابقة.
shell-nav-rules = القواعد
shell-nav-rules-summary = حدّد المجموعات وأدوار التطبيقات التي يجوز للداعين منحها لضيوفهم.

## الصفحة الرئيسية.

shell-home-title = الرئيسية
shell-welcome-title = مرحبًا
shell-welcome-heading = وصول الضيوف بعناية
shell-welcome-lead = يساعد Guestlist مؤسستك على دعوة أشخاص من الخارج بصفة ضيوف، ومتابعة من يرعاهم، وإزالة الوصول الذي لم يعد مطلوبًا.
shell-welcome-sign-in-text = سجّل الدخول بحساب العمل للمتابعة.
shell-home-hello = مرحبًا، { $name }
shell-home-admin-lead = دورك: { $role }. { $description }
shell-home-role = { $role }: { $description }
shell-home-signed-in = سجّلت الدخول باسم { $account }.
shell-home-signed-in-with-email = سجّلت الدخول باسم { $account } ({ $email }).
shell-home-roles = أدوارك
shell-home-places = ما يمكنك فعله هنا

## معنى كل دور، في الصفحة الرئيسية.

shell-role-admin = تدير وصول الضيوف للمؤسسة كلها: جميع الضيوف والإعدادات وسجل التدقيق.
shell-role-inviter = يمكنك دعوة أشخاص من خارج المؤسسة بصفة ضيوف.
shell-role-helpdesk = يمكنك رؤية جميع الضيوف وتفاصيلهم، وإعادة إرسال دعواتهم أو إعادة تعيينها حين يتعذر عليهم الدخول.
shell-role-sponsor = يمكنك رعاية الضيوف الذين ترعاهم: معرفة من هم وهل ما زالوا بحاجة إلى الوصول.

## الأخطاء.

shell-no-tenant-mode = لم يحدد الخادم المستأجر الذي يستخدمه.
shell-transport-error = لم تصل إجابة صحيحة من البوابة ({ $detail }). تحقق من اتصالك وحاول مرة أخرى.
