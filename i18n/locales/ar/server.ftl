# The server's own answers: sign-in errors, the page around them, the language choice.

server-page-title = { $title } – Guestlist
server-skip-link = الانتقال إلى المحتوى الرئيسي
server-sign-in-failed-title = لم يكتمل تسجيل الدخول
server-sign-in-failed = لم يكتمل تسجيل الدخول: { $reason }.
server-try-again = إعادة المحاولة
server-home = الصفحة الرئيسية
server-signed-out-title = تم تسجيل الخروج
server-signed-out = لقد سجّلت الخروج من Guestlist.
server-cross-site = جاء هذا الطلب من موقع ويب آخر، لذا رفضه Guestlist. إذا كنت تقصد ذلك، فافتح Guestlist ونفّذه من هناك.
server-language-unknown = لا يتوفر Guestlist بهذه اللغة. اختر إحدى اللغات التالية: { $languages }.

## Why sign-in did not finish.

server-error-discovery = تعذّر الوصول إلى خدمة تسجيل الدخول أو لم تُجب بشكل صحيح ({ $detail })
server-error-provider = أبلغت خدمة تسجيل الدخول: { $detail }
server-error-nothing-pending = لم يكن هناك تسجيل دخول قيد التنفيذ في هذا المتصفح؛ ربما اكتمل بالفعل أو استغرق وقتًا طويلًا
server-error-state-mismatch = لم تكن إجابة خدمة تسجيل الدخول تخص تسجيل الدخول الذي بدأ في هذا المتصفح
server-error-wrong-issuer = لم تأتِ الإجابة من خدمة تسجيل الدخول التي تستخدمها هذه البوابة (جهة الإصدار الخاصة بها هي { $detail })
server-error-missing-code = لم تُرجع خدمة تسجيل الدخول رمز تسجيل دخول
server-error-exchange = تعذّر استبدال رمز تسجيل الدخول ({ $detail })
server-error-missing-id-token = لم تُرجع خدمة تسجيل الدخول رمز ID
server-error-invalid-id-token = تعذّر التحقق من رمز ID ({ $detail })
server-error-missing-identity = لا يوضح رمز ID هويتك (المطالبة oid أو tid مفقودة)
server-error-session = تعذّر حفظ الجلسة ({ $detail })
server-error-account-gone = حسابك معطّل أو لم يعد موجودًا في الدليل
server-error-account-unchecked = تعذّر على البوابة التحقق من حسابك في الدليل ({ $detail })، ومن دون ذلك لا يمكنها معرفة ما إذا كنت عضوًا في المؤسسة؛ أعد المحاولة بعد بضع دقائق، أو اسأل المسؤول إذا استمرت المشكلة
