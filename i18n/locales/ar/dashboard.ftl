# لوحة المعلومات (المسؤولون): أرقام حية، واللقطة المحسوبة في الخلفية ومخططاتها.

dashboard-title = لوحة المعلومات
dashboard-refresh-notice = أرقام جديدة في الطريق: تقرأ خدمة الخلفية الدليل الآن. أعد تحميل هذه الصفحة بعد دقيقة.
dashboard-refresh-button = تحديث الأرقام الآن
dashboard-no-figures = لا توجد أرقام بعد: تحسبها خدمة الخلفية بعد بدء تشغيل Guestlist بقليل، ثم بانتظام. اطلبها الآن بالزر أدناه.

## ما يعدّه Graph مباشرة.

dashboard-live-heading = الآن
dashboard-live-help = عدّها Microsoft Graph لهذه الصفحة.
dashboard-live-problem = تعذّر على Microsoft Graph العدّ الآن: { $problem }
dashboard-live-pending = دعوات معلّقة
dashboard-live-pending-help = أشخاص مدعوون لم يقبلوا بعد (externalUserState PendingAcceptance).
dashboard-live-guests = حسابات من نوع المستخدم Guest
dashboard-live-guests-help = يحدد نوع المستخدم ما يمكن للشخص رؤيته في الدليل، لا كيفية تسجيل دخوله: الأعضاء الخارجيون ليسوا من بينهم.

## اللقطة.

dashboard-snapshot-heading = جميع المستخدمين الخارجيين
dashboard-snapshot-help = قراءة جميع المستخدمين الخارجيين تستغرق وقتًا، لذلك تُحسب هذه الأرقام في الخلفية وقد تتأخر قليلاً.
# { $elapsed } يأتي بعد «منذ».
dashboard-age = أرقام محسوبة منذ { $elapsed } ({ $date }، { $time } UTC).
dashboard-refresh-asked-by = طلب { $name } أرقامًا جديدة منذ { $elapsed }؛ ستظهر هنا بعد أن تقرأ خدمة الخلفية الدليل.
dashboard-refresh-asked = طُلبت أرقام جديدة منذ { $elapsed }؛ ستظهر هنا بعد أن تقرأ خدمة الخلفية الدليل.
dashboard-last-error = فشلت آخر محاولة لحساب أرقام جديدة: { $problem }
dashboard-total = المستخدمون الخارجيون
dashboard-total-help = الضيوف والأعضاء الخارجيون: المدعوون، أو من في اسم مستخدمهم #EXT#، أو من يسجّلون الدخول بحساب مؤسسة أخرى أو بحساب شخصي.
dashboard-pending-long = معلّقة منذ أكثر من { $days } يومًا
dashboard-pending-long-help = دعوات لم تُقبل بعد مرور { $days } يومًا على إرسالها: أعد إرسالها أو أزل الضيوف.
dashboard-without-sponsor = بلا راعٍ
dashboard-without-sponsor-help = { $count ->
    [zero] لا يوجد مستخدم خارجي بلا مسؤول عنه في مؤسستك.
    [one] مستخدم خارجي واحد لا يتولى أحد في مؤسستك المسؤولية عنه. أضف راعيًا، أو راجع هل ما زال بحاجة إلى الوصول.
    [two] مستخدمان خارجيان لا يتولى أحد في مؤسستك المسؤولية عنهما. أضف راعيًا، أو راجع هل ما زالا بحاجة إلى الوصول.
    [few] { $count } مستخدمين خارجيين لا يتولى أحد في مؤسستك المسؤولية عنهم. أضف راعيًا، أو راجع هل ما زالوا بحاجة إلى الوصول.
   *[other] { $count } مستخدمًا خارجيًا لا يتولى أحد في مؤسستك المسؤولية عنهم. أضف راعيًا، أو راجع هل ما زالوا بحاجة إلى الوصول.
}
dashboard-deleted = { $link }: مستخدمون خارجيون حُذفوا خلال آخر 30 يومًا، لاستعادتهم أو حذفهم نهائيًا.
dashboard-deleted-link = الضيوف المحذوفون مؤخرًا

## كم مضى من الوقت، بعد «منذ».

dashboard-elapsed-moment = أقل من دقيقة
dashboard-elapsed-minutes = { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
dashboard-elapsed-hours = { $count ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
dashboard-elapsed-days = { $count ->
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}

## المخططات.

dashboard-chart-empty = لا شيء لعرضه بعد.
dashboard-chart-as-table = أرقام «{ $title }» في جدول
dashboard-chart-count = العدد
dashboard-chart-status-title = المستخدمون الخارجيون حسب الحالة
dashboard-chart-status-description = كم من المستخدمين الخارجيين البالغ عددهم { $total } معلّقون أو نشطون أو غير نشطين أو لم يسجّلوا الدخول قط أو معطّلون أو غير معروفين.
dashboard-chart-status-description-no-sign-ins = كم من المستخدمين الخارجيين البالغ عددهم { $total } في كل حالة. لم يقدّم Graph بيانات تسجيل الدخول (يتطلب ذلك Entra ID P1 وAuditLog.Read.All)، لذا فالضيوف الذين قبلوا الدعوة حالتهم غير معروفة.
dashboard-chart-status-heading = الحالة
dashboard-chart-provider-title = المستخدمون الخارجيون حسب موفّر الهوية
dashboard-chart-provider-description = الحساب الذي يسجّل به كل مستخدم خارجي الدخول (هويات Graph). من لديه حسابان يُحسب في كليهما.
dashboard-chart-provider-heading = يسجّل الدخول باستخدام
dashboard-chart-provider-none = لا شيء بعد (لم تُقبل الدعوة)
dashboard-chart-domain-title = أكثر { $count } نطاقات بريد إلكتروني
dashboard-chart-domain-description = أكثر { $count } نطاقات لعناوين البريد الإلكتروني للمستخدمين الخارجيين من حيث عدد الأشخاص، ثم البقية مجتمعة.
dashboard-chart-domain-heading = النطاق
dashboard-chart-domain-other = جميع النطاقات الأخرى
dashboard-chart-domain-none = بلا عنوان بريد إلكتروني
dashboard-chart-weeks-title = الدعوات في الأسبوع، آخر { $count } أسبوعًا
dashboard-chart-weeks-description = المستخدمون الذين أُنشئوا بدعوة كل أسبوع، من الاثنين إلى الأحد (UTC)، محسوبين من وقت إنشاء Entra لحساباتهم (createdDateTime)، أيًا كان من دعاهم.
dashboard-chart-weeks-heading = أسبوع
dashboard-chart-inactive-title = آخر تسجيل دخول منذ زمن بعيد
dashboard-chart-inactive-description = المستخدمون الخارجيون الذين كان آخر تسجيل دخول لهم (تفاعلي أو غير تفاعلي أو ناجح) قبل أكثر من 30 أو 90 أو 180 أو 365 يومًا؛ ومن غاب سنة يُحسب في الأربعة كلها. لا يُحسب هنا من لم يسجّل الدخول قط.
dashboard-chart-inactive-description-no-sign-ins = لم يقدّم Graph بيانات تسجيل الدخول (يتطلب ذلك Entra ID P1 وAuditLog.Read.All)، لذا لا يمكن عدّ أحد غير نشط.
dashboard-chart-inactive-heading = آخر تسجيل دخول
dashboard-chart-inactive-bar = { $days ->
    [one] قبل أكثر من يوم واحد
    [two] قبل أكثر من يومين
    [few] قبل أكثر من { $days } أيام
    [many] قبل أكثر من { $days } يومًا
   *[other] قبل أكثر من { $days } يوم
}
