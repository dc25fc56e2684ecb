# صفحة التدقيق: كيف تصف السجل (السجل نفسه يحفظ تسميات إنجليزية).

## ما الذي تم (إجراءات السجل).

audit-action-invite = دعوة
audit-action-new-invitation-link = رابط دعوة جديد
audit-action-resend-invitation = إعادة إرسال الدعوة
audit-action-reset-redemption = إعادة تعيين الاسترداد
audit-action-retry-follow-up-steps = إعادة محاولة الخطوات التالية
audit-action-send-link-from-guestlist = إرسال الرابط من Guestlist
audit-action-change-email-address = تغيير عنوان البريد الإلكتروني
audit-action-change-user-type = تغيير نوع المستخدم
audit-action-convert-to-external-user = تحويل إلى مستخدم خارجي
audit-action-set-email-address = تعيين عنوان البريد الإلكتروني
audit-action-reset-password = إعادة تعيين كلمة المرور
audit-action-set-user-type = تعيين نوع المستخدم
audit-action-allow-grant = السماح للداعين بالمنح
audit-action-remove-allowed-grant = إيقاف منح الداعين
audit-action-restore-deleted-user = استعادة مستخدم محذوف
audit-action-purge-deleted-user = حذف نهائي
audit-action-add-to-group = إضافة إلى مجموعة
audit-action-remove-from-group = إزالة من مجموعة
audit-action-add-sponsor = إضافة راعٍ
audit-action-remove-sponsor = إزالة راعٍ
audit-action-disable-account = حظر تسجيل الدخول
audit-action-enable-account = السماح بتسجيل الدخول
audit-action-delete-user = حذف المستخدم
audit-action-export-guests = تصدير الضيوف
audit-action-view-sponsored-guest = فتح ضيف مرعي
audit-action-confirm-guest-access = تأكيد استمرار الحاجة إلى الوصول
audit-action-extend-guest-access = تمديد الوصول
audit-action-end-guest-access = إنهاء الوصول
audit-action-undo-end-guest-access = التراجع عن إنهاء الوصول
audit-action-hand-over-sponsorship = تسليم الرعاية
audit-action-request-extension = طلب مزيد من الوقت
audit-action-start-review-campaign = بدء حملة مراجعة
audit-action-decide-review = قرار مراجعة
audit-action-route-review-to-fallback = مراجعة إلى المراجع البديل
audit-action-remind-reviewers = تذكير المراجع
audit-action-apply-review-campaign = تطبيق حملة المراجعة
audit-action-save-lifecycle-rule = حفظ قاعدة دورة الحياة
audit-action-run-lifecycle-rule = تشغيل قاعدة دورة الحياة
audit-action-notify-sponsors = إبلاغ الرعاة
audit-action-set-kill-switch = مفتاح الإيقاف الطارئ
audit-action-request-invitation = طلب دعوة
audit-action-approve-invitation-request = الموافقة على طلب دعوة
audit-action-deny-invitation-request = رفض طلب دعوة
audit-action-expire-invitation-request = انتهت صلاحية طلب الدعوة
audit-action-change-settings = تغيير الإعدادات
audit-action-send-test-mail = إرسال بريد تجريبي
audit-action-archive-audit-rows = أرشفة صفوف التدقيق

## كيف انتهى (نتائج السجل).

audit-outcome-invited = تمت الدعوة
audit-outcome-invited-step-failed = تمت الدعوة، وفشلت خطوة
audit-outcome-changed = تم التغيير
audit-outcome-queued = في قائمة الانتظار
audit-outcome-refused = مرفوض
audit-outcome-failed = فشل
audit-outcome-exported = تم التصدير
audit-outcome-requested = مطلوب

## الأخطاء.

audit-not-written = تعذّرت الكتابة في سجل التدقيق ({ $action }: { $outcome })، لذا توقف Guestlist. أبلغ المسؤول؛ وراجع صفحة التدقيق قبل المحاولة مرة أخرى.

## صفحة التدقيق.

audit-title = التدقيق
audit-lead = كل محاولة دعوة وكل تغيير: من، ومتى، ولمن، وبأي خيارات، وما الذي حدث.
audit-filter-text = من أو لمن
audit-filter-actor = من قام بالإجراء
audit-filter-target = لمن (عنوان الشخص أو معرّفه)
audit-filter-any = الكل
audit-filter-since = من (تاريخ)
audit-filter-until = إلى (تاريخ)
audit-filter-request = رقم طلب الدعوة
audit-filter = تصفية
audit-count = { $count ->
    [zero] لا توجد إدخالات.
    [one] إدخال واحد.
    [two] إدخالان.
    [few] { $count } إدخالات.
    [many] { $count } إدخالًا.
   *[other] { $count } إدخال.
}
audit-download = تنزيل بتنسيق CSV
audit-col-when = متى (UTC)
audit-col-who = من
audit-col-what = ماذا
audit-col-target = لمن
audit-col-options = الخيارات
audit-col-outcome = النتيجة
audit-col-request-id = معرّف طلب Graph

## الصفوف المؤرشفة.

audit-archives = الصفوف المؤرشفة
audit-archives-before = تُكتب الصفوف الأقدم من مدة الاحتفاظ المحددة في صفحة
audit-archives-settings = الإعدادات
audit-archives-after = {" "}في ملف على الخادم، ثم تُزال من هذه القائمة؛ ولا يُحذف شيء دون ملفه.
audit-archive-rows = من { $first } إلى { $last }
audit-archive-col-at = تاريخ الأرشفة (UTC)
audit-archive-col-rows = الصفوف
audit-archive-col-count = العدد
audit-archive-col-before = أقدم من
audit-archive-col-file = الملف على الخادم
