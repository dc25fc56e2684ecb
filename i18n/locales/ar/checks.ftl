# عمليات التحقق قبل الدعوة: كل مشكلة تذكر ما يجب فعله بدلاً من ذلك.

checks-address-unusable = لا يمكن دعوة هذا العنوان: { $error }. تحقق من عدم وجود أخطاء إملائية؛ لا تقبل Microsoft العناوين التي تحتوي على "+" أو رموز مشابهة، لذا اطلب من الشخص عنوانه البسيط.
checks-own-domain = { $domain } هو نطاق مؤسستك: هذا زميل وليس ضيفاً. يمكنه تسجيل الدخول بحساب العمل الخاص به بالفعل.
checks-blocked-domain = تم إعداد Guestlist بحيث لا يدعو أشخاصاً من { $domain }. اسأل أحد المسؤولين إذا كان هذا الشخص يحتاج حقاً إلى الوصول.
checks-tenant-list-unreadable = تتعذر قراءة قائمة النطاقات المسموح بها أو المحظورة لدى المستأجر ({ $error }). اطلب من أحد المسؤولين مراجعة إعدادات التعاون الخارجي.
checks-tenant-disallows = لا تسمح إعدادات الضيوف في مؤسستك بإرسال دعوات إلى { $domain }. اطلب من أحد المسؤولين السماح بالنطاق، أو استخدم عنواناً آخر.
checks-invites-off = أوقفت مؤسستك دعوات الضيوف للجميع. يمكن لأحد المسؤولين إعادة تشغيلها في إعدادات التعاون الخارجي للمستأجر.
checks-cc-invalid = مستلم النسخة ليس عنوان بريد إلكتروني صالحاً. صحّحه أو اترك الحقل فارغاً.
checks-or = أو
checks-redirect-not-allowed = لا يمكن توجيه الضيوف إلا إلى عناوين تبدأ بـ { $prefixes }. اختر أحدها أو اترك القيمة الافتراضية.
checks-redirect-not-https = يجب أن تكون الصفحة بعد القبول عنواناً يبدأ بـ https://.
checks-member-admins-only = يمكن للمسؤولين فقط دعوة شخص بصفة عضو. اترك المربع دون تحديد لدعوة ضيف.
checks-language-pick = اختر لغة من القائمة.
checks-usage-location = موقع الاستخدام هو رمز بلد من حرفين مثل DE أو US.
checks-group-no-id = أعادت Microsoft المجموعة "{ $name }" دون معرّف. حاول مرة أخرى.
checks-group-unknown = لا توجد مجموعة باسم "{ $name }". تحقق من الإملاء، أو استخدم عنوان البريد الإلكتروني للمجموعة.
checks-group-several = توجد عدة مجموعات باسم "{ $name }". استخدم عنوان البريد الإلكتروني للمجموعة بدلاً من ذلك.
checks-sponsors-too-many = يمكن أن يكون للضيف { $max } رعاة على الأكثر؛ أزل { $remove }.
checks-sponsor-unknown = لا يوجد أحد في دليلك بالعنوان { $address }. تحقق منه، أو اترك الحقل فارغاً لتكون أنت الراعي.
checks-groups-too-many = { $max } مجموعة على الأكثر في المرة الواحدة؛ أرسل الدعوة أولاً، ثم أضف الباقي.

## قواعد الشركاء: ما يفعله Guestlist بنطاق الضيف.

checks-partner-decision-allow = السماح
checks-partner-decision-block = الحظر
checks-partner-decision-approval = تتطلب الموافقة
checks-partner-verdict-allowed = مسموح
checks-partner-verdict-approval = مسموح بعد الموافقة
checks-partner-verdict-blocked = محظور
checks-partner-default-blocks = تحظر القاعدة الافتراضية في Guestlist الدعوات إلى النطاقات التي ليست لها قاعدة خاصة. اطلب من أحد المسؤولين إضافة قاعدة لهذا النطاق.
checks-partner-rule-blocks = تحظر قاعدة Guestlist الخاصة بـ { $domain } الدعوات إليه. اسأل أحد المسؤولين إذا كان هذا الشخص يحتاج حقاً إلى الوصول.
checks-partner-sponsors-needed = يحتاج الضيوف من { $domain } إلى { $required } رعاة على الأقل؛ أضف { $more } آخرين (عنوان زميل أو اسم مجموعة، واحد في كل سطر).
checks-partner-own-domain = { $domain } أحد نطاقات مؤسستك: أفراده زملاء وليسوا ضيوفاً.
checks-partner-invitations-off = لا تسمح إعدادات التعاون الخارجي للمستأجر لأي أحد بدعوة ضيوف (allowInvitesFrom: none).
checks-partner-tenant-list = لا تسمح قائمة السماح/الحظر لدى المستأجر للتعاون B2B بدخول { $domain }.
checks-partner-guestlist-blocks = تتضمن النطاقات المحظورة في Guestlist النطاق { $domain }.
checks-partner-default-allows = تسمح بذلك القاعدة الافتراضية في Guestlist.
checks-partner-rule-allows = تسمح بذلك قاعدة Guestlist الخاصة بـ { $domain }.
checks-partner-default-requires-approval = تتطلب القاعدة الافتراضية في Guestlist موافقة أحد المعتمِدين.
checks-partner-rule-requires-approval = تتطلب قاعدة Guestlist الخاصة بـ { $domain } موافقة أحد المعتمِدين.
checks-partner-default-decides-block = تحظر ذلك القاعدة الافتراضية في Guestlist.
checks-partner-rule-decides-block = تحظر ذلك قاعدة Guestlist الخاصة بـ { $domain }.

## شخص موجود بالفعل في الدليل بهذا العنوان.

checks-existing-guest = { $name } ({ $upn })، ضيف، { $state }.
checks-existing-member = { $name } ({ $upn })، عضو، { $state }.
checks-existing-no-state = لا توجد حالة دعوة
