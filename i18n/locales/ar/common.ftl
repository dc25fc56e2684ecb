# مشترك بين عدة صفحات: المكوّنات وإطار الصفحة.

common-search = بحث

## حقول رسالة الدعوة (الدعوة والتحويل).

mail-language-label = لغة البريد الإلكتروني
mail-language-help = تكتب Microsoft نص الدعوة القياسي بهذه اللغة. مع رسالة شخصية ترسل كلماتك بدلاً منه، ولا تُستخدم هذه اللغة.
mail-message-label = رسالة شخصية
mail-cc-label = إرسال نسخة إلى
mail-cc-help = عنوان واحد يتلقى نسخة من الدعوة، مثل عنوانك. اختياري.

## الأعداد.

common-count-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}

## الأدوار.

role-admin = المسؤول
role-inviter = الداعي
role-helpdesk = مسؤول مكتب المساعدة
role-sponsor = الراعي
