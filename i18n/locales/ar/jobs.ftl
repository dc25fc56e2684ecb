# المهام في الخلفية: ما تقوله صفوف المهمة والتحكم فيها.

jobs-row-unreadable-invitation = الصف { $row } ليس دعوة يستطيع Guestlist قراءتها ({ $error }).
jobs-already-in-directory = { $email } موجود بالفعل في الدليل باسم { $upn }.
jobs-no-rows = لا يوجد ما يُنجز: المهمة لا تحتوي على صفوف.
jobs-too-many-rows = تتسع المهمة الواحدة لـ { $max } صف على الأكثر؛ وهذه تحتوي على { $rows }. قسّمها إلى مهام أصغر.
jobs-no-such-job = لا توجد مهمة رقم { $job }، أو ليس من حقك الاطلاع عليها.
jobs-cannot-change = حالة المهمة { $job } هي "{ $state }": { $refusal }
jobs-cancel-refused = لا يمكن إلغاء إلا مهمة لم تنتهِ بعد.
jobs-pause-refused = لا يمكن إيقاف إلا مهمة في الانتظار أو قيد التشغيل.
jobs-resume-refused = لا يمكن استئناف إلا مهمة موقوفة.
jobs-graph-throttled = طلب Microsoft Graph من Guestlist الإبطاء، لذا تنتظر المهمة وستُعاد محاولة هذا الصف بعد { $at }.
jobs-graph-silent = لم يستجب Microsoft Graph ({ $error })، لذا تتوقف المهمة مؤقتاً وستُعاد محاولة هذا الصف بعد { $at }.
jobs-row-panicked = واجه Guestlist خطأً داخلياً أثناء معالجة هذا الصف فتوقف. أبلغ أحد المسؤولين؛ فسجل الخادم يحتوي على التفاصيل.
jobs-unknown-kind = لا يستطيع Guestlist هذا تشغيل مهام من النوع { $kind }.
jobs-row-unreadable-bulk = الصف { $row } ليس دعوة جماعية يستطيع Guestlist قراءتها.

## حالة المهمة وحالة الصف.

jobs-state-queued = في الانتظار
jobs-state-running = قيد التشغيل
jobs-state-paused = موقوفة مؤقتاً
jobs-state-cancelled = ملغاة
jobs-state-done = منتهية
jobs-row-pending = في الانتظار
jobs-row-in-flight = قيد التشغيل
jobs-row-done = منجز
jobs-row-failed = فشل
jobs-row-cancelled = ملغى
