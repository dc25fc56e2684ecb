# لماذا لا يمكن دعوة عنوان بريد إلكتروني (قواعد Microsoft Graph).

address-empty = عنوان البريد الإلكتروني فارغ
address-too-long = عنوان البريد الإلكتروني أطول من { $max } حرفًا
address-missing-at = لا يحتوي عنوان البريد الإلكتروني على '@' بين الاسم والمجال
address-multiple-at = يحتوي عنوان البريد الإلكتروني على أكثر من '@'
address-empty-local-part = لا يوجد شيء قبل '@' في عنوان البريد الإلكتروني
address-local-part-too-long = الجزء الذي قبل '@' أطول من { $max } حرفًا
address-whitespace = يحتوي عنوان البريد الإلكتروني على مسافة أو حرف غير مرئي
address-forbidden-character = يحتوي عنوان البريد الإلكتروني على '{ $character }'، وهو حرف لا يقبله Microsoft Entra في الدعوات
address-edge-dot-or-hyphen = لا يجوز أن يبدأ الجزء الذي قبل '@' أو ينتهي بـ '.' أو '-'
address-consecutive-dots = يحتوي عنوان البريد الإلكتروني على نقطتين متتاليتين
address-invalid-domain = '{ $domain }' ليس اسم مجال صالحًا (المتوقع شيء مثل contoso.com)
