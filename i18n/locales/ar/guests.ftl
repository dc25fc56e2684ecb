# قائمة الضيوف: الحالات، والتصفية، والقائمة، وتصدير CSV، والإجراءات على مجموعة مختارة.

## حالة الضيف.

guests-status-pending-since = معلّق منذ { $date }
guests-status-pending = معلّق
guests-status-active = نشط
guests-status-inactive = { $days ->
    [zero] غير نشط منذ { $days } يوم
    [one] غير نشط منذ يوم واحد
    [two] غير نشط منذ يومين
    [few] غير نشط منذ { $days } أيام
    [many] غير نشط منذ { $days } يومًا
   *[other] غير نشط منذ { $days } يوم
}
guests-status-never = لم يسجّل الدخول قط
guests-status-disabled = معطّل
guests-status-unknown = غير معروف — تتطلب بيانات تسجيل الدخول Entra ID P1 وAuditLog.Read.All

## قيم التصفية.

guests-status-filter-pending = معلّق
guests-status-filter-active = نشط
guests-status-filter-inactive = غير نشط
guests-status-filter-never = لم يسجّل الدخول قط
guests-status-filter-disabled = معطّل
guests-status-filter-unknown = غير معروف
guests-type-guest = ضيف
guests-type-member = عضو
guests-sort-name = الاسم
guests-sort-created = تاريخ الإنشاء
guests-sort-state-changed = تغيّر حالة الدعوة
guests-sort-last-sign-in = آخر تسجيل دخول
guests-dir-asc = تصاعدي
guests-dir-desc = تنازلي
guests-column-name = الاسم
guests-column-upn = اسم المستخدم (UPN)
guests-column-mail = البريد الإلكتروني
guests-column-type = نوع المستخدم
guests-column-identities = يسجّل الدخول باستخدام
guests-column-synced = متزامن مع الدليل
guests-column-invitation = حالة الدعوة
guests-column-status = الحالة
guests-column-last-sign-in = آخر تسجيل دخول
guests-column-created = تاريخ الإنشاء
guests-column-company = الشركة
guests-column-sponsors = الرعاة
guests-column-enabled = الحساب مفعّل
guests-provider-entra = مؤسسة أخرى في Microsoft Entra
guests-provider-microsoft = حساب Microsoft
guests-provider-google = Google
guests-provider-facebook = Facebook
guests-provider-mail = رمز مرور لمرة واحدة (بريد إلكتروني)

## مشكلات التصفية.

guests-filter-bad-status = «{ $value }» ليست حالة. اختر واحدة من: { $choices }.
guests-filter-bad-type = «{ $value }» ليس نوع مستخدم. اختر واحدًا من: { $choices }.
guests-filter-bad-sort = «{ $value }» ليس ترتيبًا للفرز. اختر واحدًا من: { $choices }.
guests-filter-bad-dir = «{ $value }» ليس اتجاهًا للفرز. اختر واحدًا من: { $choices }.
guests-filter-bad-column = «{ $value }» ليس عمودًا. اختر واحدًا من: { $choices }.
guests-field-synced = «متزامن مع الدليل»
guests-field-created-from = «أُنشئ من»
guests-field-created-to = «أُنشئ حتى»
guests-field-inactive-days = «آخر تسجيل دخول أقدم من»
guests-field-pending-days = «معلّق منذ أكثر من»
guests-field-no-sponsor = «بلا راعٍ»
guests-field-enabled = «الحساب مفعّل»
guests-filter-bad-yes-no = «{ $value }» ليست إجابة مقبولة للحقل { $field }: اختر نعم أو لا.
guests-filter-bad-date = «{ $value }» ليس تاريخًا صالحًا للحقل { $field }: أدخله بالصيغة سنة-شهر-يوم، مثل 2026-03-31.
guests-filter-bad-days = «{ $value }» ليس عددًا صالحًا من الأيام للحقل { $field }: أدخل عددًا صحيحًا مثل 30.
guests-filter-bad-domain = «{ $value }» ليس نطاق بريد إلكتروني: أدخل الجزء الذي يلي @، مثل fabrikam.com.
guests-filter-bad-sponsor = «{ $value }» ليس عنوان بريد إلكتروني ولا معرّف كائن: أدخل عنوان البريد الإلكتروني للراعي (مثل ana@contoso.com)، أو افتحه من صفحة أحد الضيوف.
guests-filter-bad-cursor = رابط هذه الصفحة تالف أو قديم. ابدأ من جديد من الصفحة الأولى للقائمة.
guests-filter-dates-swapped = تاريخ «أُنشئ من» ({ $from }) يقع بعد «أُنشئ حتى» ({ $to }): بدّل بين التاريخين.
guests-filter-sponsor-and-none = اختر إما راعيًا وإما «بلا راعٍ»، لا كليهما.
guests-filter-bad-address = عنوان القائمة غير صالح ({ $problem }). ابدأ من جديد من صفحة الضيوف.

## خلايا القائمة (وتصدير CSV).

guests-cell-yes = نعم
guests-cell-no = لا
guests-cell-not-invited = غير مدعو
guests-cell-accepted-on = قُبلت في { $date }
guests-cell-accepted = مقبولة
guests-cell-not-available = غير متاح
guests-cell-never = أبدًا
guests-cell-none = لا أحد

## ما لا يستطيع Graph تصفيته فيُفحص في كل صفحة.

guests-check-status = الحالة
guests-check-synced = التزامن مع الدليل
guests-check-domain = نطاق البريد الإلكتروني
guests-check-provider = موفّر الهوية
guests-check-pending-days = معلّق منذ أكثر من
guests-check-inactive-days = آخر تسجيل دخول أقدم من
guests-check-sponsor = الراعي
guests-check-search = البحث
guests-list-note-checked-on-each-page = لا يستطيع Microsoft Graph التصفية حسب { $checks } مع بقية هذا العرض، لذا يفحص Guestlist ذلك في كل صفحة: قد تعرض الصفحة أشخاصًا أقل مما قرأت.
guests-list-note-sorted-per-page = لا يستطيع Microsoft Graph الفرز حسب هذا العمود: تُفرز كل صفحة على حدة.
guests-list-note-no-sign-ins = نشاط تسجيل الدخول غير متاح (يتطلب Microsoft Entra ID P1 وإذن AuditLog.Read.All)، لذا يظهر الضيوف النشطون وغير النشطين بحالة «غير معروف» — ولا يظهرون أبدًا كغير نشطين.
guests-list-bad-page = هذه الصفحة من القائمة لم تعد صالحة. ابدأ من جديد من الصفحة الأولى.
guests-list-sponsor-unknown = لا أحد في دليلك يملك العنوان { $address }. تحقّق منه، أو افتح الراعي من صفحة أحد الضيوف.
guests-list-sponsor-several = عدة أشخاص في دليلك يملكون العنوان { $address }. افتح الراعي من صفحة أحد الضيوف بدلًا من ذلك.

## إجراءات على عدة ضيوف.

guests-bulk-resend = إعادة إرسال الدعوة
guests-bulk-disable = حظر تسجيل الدخول
guests-bulk-enable = السماح بتسجيل الدخول
guests-bulk-delete = حذف
guests-bulk-add-sponsor = إضافة راعٍ
guests-selection-no-action = اختر ما تريد فعله بالضيوف المحددين.
guests-selection-bad-action = «{ $value }» ليس إجراءً يستطيع Guestlist تنفيذه على عدة ضيوف. اختر resend أو disable أو enable أو delete أو add_sponsor.
guests-selection-none-ticked = حدّد ضيفًا واحدًا على الأقل أولًا، أو اختر كل الضيوف المطابقين للتصفية.
guests-selection-bad-scope = «{ $value }» ليس تحديدًا. حدّد ضيوفًا، أو اختر كل الضيوف المطابقين للتصفية.
guests-selection-bad-sponsor = هذا ليس راعيًا يستطيع Guestlist إضافته. اختره مرة أخرى.
guests-preview-summary = { $change ->
    [0] لن يتغيّر أحد.
    [one] سيتغيّر ضيف واحد.
    [two] سيتغيّر ضيفان.
    [few] سيتغيّر { $change } ضيوف.
    [many] سيتغيّر { $change } ضيفًا.
   *[other] سيتغيّر { $change } ضيف.
}
guests-preview-summary-skipped = { $change ->
    [0] لن يتغيّر أحد
    [one] سيتغيّر ضيف واحد
    [two] سيتغيّر ضيفان
    [few] سيتغيّر { $change } ضيوف
    [many] سيتغيّر { $change } ضيفًا
   *[other] سيتغيّر { $change } ضيف
}{ $skipped ->
    [one] ؛ ويُتخطّى واحد.
    [two] ؛ ويُتخطّى اثنان.
   *[other] ؛ ويُتخطّى { $skipped }.
}
guests-preview-cap = يطابق عدد من الضيوف أكبر مما يمكن لتشغيل واحد تغييره (بحد أقصى { $cap }). يأخذ هذا التشغيل أول { $cap }؛ شغّل التحديد نفسه مرة أخرى بعد ذلك للباقين.
guests-preview-not-yours = هذه المعاينة تخص شخصًا آخر: لا يستطيع رؤيتها أو تأكيدها إلا من أنشأها. أنشئ معاينتك من صفحة الضيوف.
guests-preview-unknown = لا توجد هذه المعاينة (أو لم تعد موجودة). أنشئ معاينة جديدة من صفحة الضيوف.
guests-preview-confirmed-already = تم تأكيد هذا التحديد من قبل: المهمة { $job } تنفّذه. نتائجها في هذه الصفحة.
guests-preview-not-add-sponsor = هذا التحديد لا يضيف راعيًا. أنشئ تحديدًا جديدًا من صفحة الضيوف.
guests-preview-choose-sponsor-first = اختر الراعي المراد إضافته أولًا: ابحث عنه في هذه الصفحة.
guests-preview-nobody-qualifies = لم يعد أحد في هذا التحديد مؤهلًا، لذا لم يبدأ أي شيء. توضح المعاينة السبب لكل شخص.
guests-skip-never-invited = لم يُدعَ قط: لا توجد دعوة لإعادة إرسالها.
guests-skip-accepted = قبِل الدعوة بالفعل: لا يُعاد إرسال إلا الدعوات المعلّقة. أعد تعيين استرداد الدعوة بدلًا من ذلك إذا كان عليه القبول من جديد.
guests-skip-blocked = تسجيل دخوله محظور بالفعل.
guests-skip-allowed = مسموح له بتسجيل الدخول بالفعل.
guests-skip-sponsors-unreadable = تعذّرت قراءة رعاته، لذا لن يُضاف أحد.
guests-skip-self = لا يمكن أن يكون راعيًا لنفسه.
guests-skip-has-sponsor = لديه هذا الراعي بالفعل.
guests-skip-sponsors-full = لديه { $most } رعاة بالفعل، وهو الحد الأقصى الذي يسمح به Microsoft Entra.
guests-skip-not-found = ليس مستخدمًا في هذا الدليل (أو لم يعد كذلك).
guests-skip-changed-since = تغيّر منذ المعاينة: { $why }
guests-row-unreadable = الصف { $row } ليس إجراءً على ضيف يستطيع Guestlist قراءته ({ $problem }).
guests-row-not-a-user = ليس مستخدمًا في هذا الدليل.
guests-row-resent = رابط دعوة جديد للعنوان { $email }
guests-row-deleted-earlier = حُذف (في محاولة سابقة لهذا الصف).
guests-row-no-sponsor = لا يذكر الصف أي راعٍ.
guests-row-sponsor-earlier = كان لديه هذا الراعي بالفعل (أُضيف في محاولة سابقة لهذا الصف).

## صفحة الضيوف.

guests-title = الضيوف
guests-lead = كل من هم من خارج المؤسسة في دليلك: الضيوف، والأعضاء الخارجيون، والأشخاص المتزامنون من مستأجرين آخرين. صفِّ القائمة، أو افتح شخصًا لرؤية التفاصيل، أو حدّد عدة أشخاص لاتخاذ إجراء بشأنهم — وسترى بالضبط من سيتغيّر قبل حدوث أي شيء.
guests-deleted-link = الضيوف المحذوفون مؤخرًا
guests-dashboard-link = لوحة المعلومات
guests-show-all = عرض كل الضيوف
guests-filter-label = تصفية الضيوف
guests-filter-q = الاسم أو عنوان البريد الإلكتروني أو اسم المستخدم
guests-filter-status = الحالة
guests-filter-any = الكل
guests-filter-type = نوع المستخدم
guests-filter-provider = يسجّل الدخول باستخدام
guests-filter-domain = نطاق البريد الإلكتروني
guests-filter-synced = متزامن مع الدليل
guests-filter-synced-yes = نعم (من Active Directory المحلي)
guests-filter-enabled = يمكنه تسجيل الدخول
guests-filter-enabled-no = لا (محظور)
guests-filter-created-from = أُنشئ من
guests-filter-created-to = أُنشئ حتى
guests-filter-pending-days = معلّق منذ أكثر من (أيام)
guests-filter-inactive-days = آخر تسجيل دخول قبل أكثر من (أيام)
guests-filter-sponsor = برعاية (عنوان البريد الإلكتروني)
guests-filter-no-sponsor = بلا راعٍ
guests-filter-sort = الفرز حسب
guests-filter-dir = الترتيب
guests-filter-cols = الأعمدة
guests-cols-standard = قياسي
guests-cols-contacts = جهات الاتصال والرعاة
guests-cols-everything = الكل
guests-cols-as-linked = كما في الرابط
guests-filter-submit = عرض الضيوف
guests-filter-clear = مسح عوامل التصفية
guests-count-matching = { $count ->
    [0] لا يوجد مستخدمون خارجيون مطابقون
    [one] مستخدم خارجي واحد مطابق
    [two] مستخدمان خارجيان مطابقان
    [few] { $count } مستخدمين خارجيين مطابقين
    [many] { $count } مستخدمًا خارجيًا مطابقًا
   *[other] { $count } مستخدم خارجي مطابق
}
guests-count-on-page = المعروض في هذه الصفحة: { $count }
guests-select-one = تحديد { $name }
guests-select = تحديد
guests-export = تصدير هذا العرض بصيغة CSV
guests-page-empty = لا أحد مطابق في هذه الصفحة. امسح أحد عوامل التصفية، أو انتقل إلى الصفحة التالية إن وُجدت.
guests-act-on = تطبيق على
guests-act-on-ticked = الضيوف المحددين أعلاه
guests-act-on-all = كل من يطابق هذا العرض
guests-act-on-all-counted = كل من يطابق هذا العرض ({ $count })
guests-act-help = سترى بعد ذلك من سيتغيّر ومن سيُتخطّى ولماذا. لن يتغيّر شيء حتى تؤكد.
guests-act-resend = إعادة إرسال الدعوات…
guests-act-disable = حظر تسجيل الدخول…
guests-act-enable = السماح بتسجيل الدخول…
guests-act-add-sponsor = إضافة راعٍ…
guests-act-delete = حذف…
guests-pages = الصفحات
guests-page-first = الصفحة الأولى
guests-page-next = الصفحة التالية

## اتخاذ إجراء على عدة ضيوف: المعاينة ونتائج المهمة.

guests-selection-title = إجراء على عدة ضيوف
guests-selection-how = حدّد ضيوفًا في صفحة الضيوف، أو اختر كل الضيوف المطابقين لتصفيتها، ثم اختر ما تريد فعله.
guests-selection-choose-found = اختر أولًا أحد الأشخاص أو المجموعات التي عُثر عليها.
guests-selection-names-and = { $names } و{ $last }
guests-selection-title-hand-over = إضافة { $sponsor } راعيًا بدلًا من { $old }
guests-selection-title-add-sponsor = إضافة { $sponsor } راعيًا
guests-selection-title-action = { $action } — عدة ضيوف
guests-selection-why-skipped = سبب التخطي
guests-selection-nobody-found = لم يُعثر على أحد. جرّب بداية الاسم الأول أو اسم العائلة أو عنوان البريد الإلكتروني.
guests-selection-sponsor-to-add = الراعي المراد إضافته
guests-selection-use-sponsor = استخدام هذا الراعي
guests-selection-choose-sponsor = اختر الراعي المراد إضافته
guests-selection-find = البحث عن شخص أو مجموعة
guests-selection-find-help = بداية اسم أو عنوان بريد إلكتروني.
guests-selection-skipped = المتخطَّون
guests-selection-will-change = سيتغيّرون
guests-selection-confirm-delete = { $count ->
    [one] تأكيد: حذف ضيف واحد
    [two] تأكيد: حذف ضيفين
    [few] تأكيد: حذف { $count } ضيوف
    [many] تأكيد: حذف { $count } ضيفًا
   *[other] تأكيد: حذف { $count } ضيف
}
guests-selection-confirm-resend = { $count ->
    [one] تأكيد: إعادة إرسال الدعوة إلى ضيف واحد
    [two] تأكيد: إعادة إرسال الدعوة إلى ضيفين
    [few] تأكيد: إعادة إرسال الدعوة إلى { $count } ضيوف
    [many] تأكيد: إعادة إرسال الدعوة إلى { $count } ضيفًا
   *[other] تأكيد: إعادة إرسال الدعوة إلى { $count } ضيف
}
guests-selection-confirm-disable = { $count ->
    [one] تأكيد: حظر تسجيل الدخول لضيف واحد
    [two] تأكيد: حظر تسجيل الدخول لضيفين
    [few] تأكيد: حظر تسجيل الدخول لـ{ $count } ضيوف
    [many] تأكيد: حظر تسجيل الدخول لـ{ $count } ضيفًا
   *[other] تأكيد: حظر تسجيل الدخول لـ{ $count } ضيف
}
guests-selection-confirm-enable = { $count ->
    [one] تأكيد: السماح بتسجيل الدخول لضيف واحد
    [two] تأكيد: السماح بتسجيل الدخول لضيفين
    [few] تأكيد: السماح بتسجيل الدخول لـ{ $count } ضيوف
    [many] تأكيد: السماح بتسجيل الدخول لـ{ $count } ضيفًا
   *[other] تأكيد: السماح بتسجيل الدخول لـ{ $count } ضيف
}
guests-selection-confirm-add-sponsor = { $count ->
    [one] تأكيد: إضافة راعٍ لضيف واحد
    [two] تأكيد: إضافة راعٍ لضيفين
    [few] تأكيد: إضافة راعٍ لـ{ $count } ضيوف
    [many] تأكيد: إضافة راعٍ لـ{ $count } ضيفًا
   *[other] تأكيد: إضافة راعٍ لـ{ $count } ضيف
}
guests-selection-the-new-sponsor = الراعي الجديد
guests-selection-hand-over = تسليم: يتوقف { $old } عن رعاية كل ضيف بمجرد إضافة { $new }، حتى لا يبقى أحد بلا راعٍ.
guests-selection-delete-note = يمكن استعادة الضيوف المحذوفين، مع عضوياتهم في المجموعات، من «الضيوف المحذوفون مؤخرًا» خلال 30 يومًا.
guests-selection-confirm-help = يُفحص الجميع مرة أخرى عند التأكيد؛ ثم تغيّرهم مهمة في الخلفية واحدًا تلو الآخر، وتعرض هذه الصفحة كل نتيجة.
guests-selection-cancel = إلغاء: العودة إلى الضيوف
guests-selection-job = المهمة { $job }: { $state }. تم: { $done }، فشل: { $failed }، في الانتظار: { $waiting }.
guests-selection-refreshes = تُحدَّث هذه الصفحة تلقائيًا كل بضع ثوانٍ حتى تنتهي المهمة.
guests-selection-row-state = الحالة
guests-selection-row-result = النتيجة
guests-selection-row-done = تم.
