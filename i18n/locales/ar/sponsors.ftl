# الرعاة: ضيوفي، وإنهاء الوصول، وصفحة وصول الضيف، والردود على الرعاة.

sponsors-my-guests = ضيوفي
sponsors-back-home = العودة إلى الصفحة الرئيسية
sponsors-open-my-guests = فتح ضيوفي
sponsors-back-my-guests = العودة إلى ضيوفي
sponsors-breadcrumb = مسار التنقل

## ضيوفي: القائمة وبطاقة كل ضيف.

sponsors-none = أنت لا ترعى أي ضيف. عندما تدعو أحدًا، أو يسلّمك زميل رعايته، يظهر الضيوف هنا.
sponsors-summary = { $count ->
    [zero] لا ترعى أي ضيف.
    [one] ترعى ضيفًا واحدًا: أنت مسؤول عن تقرير ما إذا كان لا يزال يحتاج إلى الوصول.
    [two] ترعى ضيفين: أنت مسؤول عن تقرير ما إذا كانا لا يزالان يحتاجان إلى الوصول.
    [few] ترعى { $count } ضيوف: أنت مسؤول عن تقرير ما إذا كانوا لا يزالون يحتاجون إلى الوصول.
   *[other] ترعى { $count } ضيفًا: أنت مسؤول عن تقرير ما إذا كانوا لا يزالون يحتاجون إلى الوصول.
}
sponsors-co-sponsor-group = { $name } (مجموعة)
sponsors-co-sponsor-detail = { $name } ({ $detail })
sponsors-sign-in-none = لا يوجد تسجيل
sponsors-sign-in-interactive = آخر تسجيل دخول (تفاعلي)
sponsors-sign-in-non-interactive = آخر تسجيل دخول (غير تفاعلي، مثل Teams في الخلفية)
sponsors-sign-in-successful = آخر تسجيل دخول ناجح
sponsors-sign-in-last = آخر تسجيل دخول
sponsors-sign-in-unavailable = غير متاح. { $why }
sponsors-undo-label = تراجع: إعادة الوصول إلى { $name }
sponsors-end-label = إنهاء وصول { $name }…
sponsors-how-direct = أنت ترعاه بنفسك.
sponsors-how-group = أنت ترعاه من خلال المجموعة { $groups }.
sponsors-co-none = لا يوجد: أنت راعيه الوحيد.
sponsors-request-until = طلب مزيدًا من الوقت حتى { $until } بتاريخ { $date }:
sponsors-request = طلب مزيدًا من الوقت بتاريخ { $date }:
sponsors-ended-note = أُنهي الوصول في { $date } بواسطة { $name }: لا يمكنه تسجيل الدخول، وسيُحذف حسابه في { $delete }.
sponsors-resend-button = الحصول على رابط دعوة جديد
sponsors-hand-over-label = تسليم رعايتي (لن أبقى راعيًا له)
sponsors-keep-button = إبقاء: لا يزال يحتاج إلى الوصول
sponsors-access-until = الوصول حتى
sponsors-extend-button = تمديد
sponsors-colleague-label = عنوان البريد الإلكتروني للزميل
sponsors-add-button = إضافة كراعٍ
sponsors-ending-help = يؤدي الإنهاء إلى حظر تسجيل الدخول فورًا وحذف الحساب بعد { $days } يومًا؛ ويمكنك التراجع هنا حتى ذلك الحين.
sponsors-fact-invitation = الدعوة
sponsors-fact-groups = المجموعات
sponsors-none-groups = لا توجد
sponsors-fact-apps = التطبيقات
sponsors-none-apps = لم يُعيَّن أي تطبيق
sponsors-fact-invited = الدعوة بواسطة
sponsors-fact-sponsorship = رعايتك
sponsors-fact-other-sponsors = رعاة آخرون
sponsors-no-end-date = لم يُحدَّد تاريخ انتهاء
sponsors-fact-next-review = المراجعة التالية
sponsors-fact-last-confirmed = آخر تأكيد
sponsors-never-confirmed = لم يُؤكَّد قط في Guestlist

## بيانات الضيف، بالكلمات.

sponsors-a-guest = ضيف
sponsors-a-sponsor = أحد الرعاة
sponsors-this-guest = هذا الضيف
sponsors-an-app = تطبيق
sponsors-accepted = مقبولة
sponsors-accepted-on = قُبلت في { $date }
sponsors-invitation-pending = الدعوة معلّقة
sponsors-invitation-pending-since = الدعوة معلّقة منذ { $date }
sponsors-not-invited-b2b = لم تتم دعوته بدعوة B2B (أُنشئ الحساب بطريقة أخرى)
sponsors-invited-not-through = لم تتم دعوته عبر Guestlist (أو قبل بدء سجل التدقيق الخاص به): يبيّن سجل التدقيق في Microsoft Entra من دعاه.
sponsors-invited-by-reason = دعاه { $by } في { $date } عبر Guestlist. السبب المذكور: «{ $reason }»
sponsors-invited-by = دعاه { $by } في { $date } عبر Guestlist. لم يُذكر أي سبب.
sponsors-unconfirmed = لم يُؤكَّد في Guestlist بعد: يُرجى التأكيد بحلول { $date }
sponsors-confirmed-by = { $date } بواسطة { $name }

## إنهاء الوصول (صفحة التأكيد).

sponsors-end-title = إنهاء الوصول
sponsors-end-not-yours = هذا الضيف ليس من ضيوفك.
sponsors-end-for = إنهاء وصول { $name }
sponsors-end-what-sign-in = لن يتمكن { $name } من تسجيل الدخول بدءًا من الآن. تنتهي جلساته الحالية عند انتهاء صلاحية رموزه المميزة (عادةً خلال ساعة).
sponsors-end-what-deleted = يُحذف الحساب بعد { $days } يومًا. حتى ذلك الحين يمكنك أنت أو راعٍ آخر التراجع في ضيوفي: فيعود الوصول كما كان.
sponsors-end-what-told = يُبلَّغ الرعاة الآخرون بالبريد الإلكتروني.
sponsors-end-understand = أفهم ذلك
sponsors-end-understand-help = يُحظر تسجيل الدخول فورًا؛ ويُحذف الحساب عند انتهاء فترة السماح.
sponsors-end-keep-link = إبقاؤه: العودة إلى ضيوفي

## إجراءات الرعاة: الردود وحالات الرفض.

sponsors-not-yours = هذا ليس من الضيوف الذين ترعاهم (أو لم يعد موجودًا)، لذلك لن يعرضه Guestlist ولن يغيّره. افتح ضيوفي لترى الضيوف الذين ترعاهم.
sponsors-only-people = لا يرعى الضيوف إلا شخص سجّل الدخول إلى البوابة؛ لا سطر الأوامر ولا المهام الخلفية.
sponsors-keep-ending = يجري إنهاء وصول { $name }. تراجع عن ذلك أولًا إذا كان لا يزال يحتاج إلى الوصول.
sponsors-keep-done = شكرًا لك: يحتفظ { $name } بوصوله. سيُطلب منك التأكيد مجددًا بحلول { $date }.
sponsors-date-format = أدخل التاريخ الذي يستمر الوصول حتى حلوله، مثل 2027-06-30.
sponsors-date-unusable = لا يمكن استخدام هذا التاريخ.
sponsors-date-passed = تاريخ { $date } قد مضى: اختر يومًا بعد اليوم.
sponsors-date-too-far = مدّد سنة واحدة على الأكثر في كل مرة (حتى { $date } على أقصى تقدير)؛ ويمكنك التمديد مجددًا لاحقًا.
sponsors-extend-ending = يجري إنهاء وصول { $name }. تراجع عن ذلك أولًا، ثم مدّده.
sponsors-extend-done = أصبح وصول { $name } ساريًا حتى { $date }. سيُطلب منك التأكيد مجددًا حينها.
sponsors-end-unconfirmed = حدّد «أفهم ذلك» لتأكيد إنهاء الوصول.
sponsors-end-already = يجري إنهاء وصول { $name } بالفعل.
sponsors-end-member = { $name } عضو في مؤسستك وليس ضيفًا: ينتهي وصوله بانتهاء عمله، لا في ضيوفي.
sponsors-end-done = لم يعد بإمكان { $name } تسجيل الدخول. سيُحذف حسابه في { $date }.
sponsors-end-undo-hint = حتى ذلك الحين يمكنك (أو راعٍ آخر) التراجع في ضيوفي: فيعود الوصول كما كان.
sponsors-end-mailed = أُبلغ الرعاة الآخرون بالبريد الإلكتروني ({ $count }).
sponsors-undo-nothing = لا يجري إنهاء وصول { $name }: لا يوجد ما يُتراجع عنه.
sponsors-undo-too-late = انتهت فترة السماح الخاصة بـ { $name } ويجري حذف الحساب. يمكن للمسؤول استعادته من «الضيوف المحذوفون مؤخرًا» خلال 30 يومًا.
sponsors-undo-done = يمكن لـ { $name } تسجيل الدخول مجددًا؛ ومجموعاته وتطبيقاته ورعاته كما كانت.
sponsors-resend-accepted = قبل { $name } دعوته بالفعل: لا يوجد ما يُعاد إرساله.
sponsors-resend-link = رابط دعوة جديد لـ { $name }:
sponsors-resend-pass-on = لا يرسل Microsoft بريدًا إلى عنوان دعاه من قبل: مرّر هذا الرابط بنفسك.
sponsors-colleague-enter = أدخل عنوان البريد الإلكتروني لزميلك، مثل jonas.lindqvist@northwind.example.
sponsors-colleague-nobody = لا يوجد أحد في مؤسستك بالعنوان { $address }. تحقق منه وحاول مرة أخرى.
sponsors-colleague-guest = { $name } ضيف، ولا يمكن رعاية الضيوف إلا لأعضاء مؤسستك.
sponsors-colleague-disabled = حساب { $name } معطّل: اختر شخصًا لا يزال في المؤسسة.
sponsors-hand-over-group = أنت ترعى { $name } من خلال المجموعة { $groups }، لا بنفسك، لذا لا توجد رعاية خاصة بك لتسليمها. أضف راعيًا مشاركًا بدلًا من ذلك، أو اطلب من المسؤول تغيير المجموعة.
sponsors-add-no-id = ليس لهذا الزميل معرّف في الدليل.
sponsors-add-already = { $new } يرعى { $name } بالفعل.
sponsors-add-full = لدى { $name } { $max } رعاة بالفعل، وهو الحد الأقصى الذي يسمح به Microsoft Entra. سلّم رعايتك بدلًا من ذلك، أو اطلب من راعٍ مشارك تسليم رعايته.
sponsors-add-failed = تعذّرت إضافة { $new }: { $error }
sponsors-add-done = أصبح { $new } يرعى { $name }.
sponsors-hand-over-not-removed = تعذّرت إزالتك كراعٍ ({ $error })؛ أنتما ترعيانه معًا الآن.
sponsors-hand-over-done = لم تعد ترعى { $name }: لم يعد ضمن ضيوفي لديك.
sponsors-add-mailed = أُبلغ { $new } بالبريد الإلكتروني.

## وصول الضيف الخاص به (/my-access).

sponsors-your-access = وصولك
sponsors-access-no-sponsor = ليس لديك راعٍ هنا. تواصل مع الشخص الذي دعاك، أو مع مكتب الدعم في المؤسسة.
sponsors-access-group = {" "}(مجموعة: يمكن لأي من أعضائها المساعدة)
sponsors-access-until-date = يستمر وصولك حتى { $date }.
sponsors-access-no-end = لم يُحدَّد تاريخ انتهاء لوصولك. يؤكد رعاتك من حين لآخر أنك لا تزال تحتاج إليه.
sponsors-access-asked = طلبت مزيدًا من الوقت في { $date }؛ وطلبك لدى رعاتك.
sponsors-access-heading = وصولك إلى { $organisation }
sponsors-access-hello = مرحبًا { $name }. أنت ضيف لدى { $organisation }.
sponsors-access-sponsors = رعاتك
sponsors-access-sponsors-help = يتولى رعاتك أمر وصولك: اسألهم إذا احتجت إلى شيء.
sponsors-access-until-when = حتى متى
sponsors-access-next-review = المراجعة التالية: { $date }.
sponsors-access-ask = طلب مزيد من الوقت
sponsors-access-until-optional = حتى (اختياري)
sponsors-access-until-help = آخر يوم تحتاج فيه إلى الوصول، إن كنت تعرفه.
sponsors-access-reason = لماذا لا تزال تحتاج إلى الوصول
sponsors-access-reason-help = يقرر رعاتك بناءً على ذلك؛ ويتلقونه بالبريد الإلكتروني.
sponsors-access-send = إرسال الطلب إلى رعاتي
sponsors-access-leaving = المغادرة
sponsors-access-leave-before = عندما لا تعود تعمل مع { $organisation }، يمكنك مغادرتها بنفسك: سجّل الدخول في{" "}
sponsors-access-leave-link = My Account › Organizations
sponsors-access-leave-after = ، واختر { $organisation } ثم حدّد «مغادرة». تتم عندئذٍ إزالة حساب الضيف الخاص بك؛ أبلغ رعاتك أولًا.
sponsors-access-person-only = لا يملك وصولًا خاصًا يمكن الاطلاع عليه إلا شخص سجّل الدخول إلى البوابة.
sponsors-the-organisation = المؤسسة
sponsors-wanted-format = أدخل التاريخ بالشكل 2027-06-30، أو اتركه فارغًا.
sponsors-wanted-passed = تاريخ { $date } قد مضى: اختر يومًا بعد اليوم، أو اتركه فارغًا.
sponsors-ask-no-reason = اذكر سبب حاجتك إلى الوصول: يقرر رعاتك بناءً عليه.
sponsors-ask-too-long = اجعل السبب أقل من { $max } حرف.
sponsors-ask-already = لقد طلبت ذلك بالفعل في { $date }؛ والطلب لدى رعاتك. يردّون في Guestlist، أو تواصل معهم مباشرة.
sponsors-ask-no-sponsor = ليس لديك راعٍ في هذه المؤسسة، لذا لن يتلقى أحد الطلب. اسأل الشخص الذي دعاك، أو مكتب الدعم في المؤسسة.
sponsors-ask-sent = أُرسل طلبك إلى رعاتك.
sponsors-ask-mailed = أُبلغ { $count } منهم بالبريد الإلكتروني؛ وهم يمدّدون وصولك، أو يخبرونك بخلاف ذلك، في Guestlist.
