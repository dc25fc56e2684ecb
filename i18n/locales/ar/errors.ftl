# أخطاء الخدمات كما يقرؤها الناس.

errors-signed-out = لم تسجّل الدخول (أو انتهت جلستك). سجّل الدخول وحاول مرة أخرى.
errors-not-allowed = يتطلب هذا دور { $role }، وهو ليس لديك. اطلبه من مسؤول إن كنت بحاجة إليه.
errors-database = لم تستجب قاعدة بيانات البوابة. لم يتغير فيها شيء؛ حاول مرة أخرى بعد قليل، وأبلغ مسؤولاً إن تكرر ذلك.
errors-cannot-send = لا يمكن إرسال هذا الطلب: { $reason }.

## أعطال Microsoft Graph بكلمات بسيطة.

errors-graph-reference = { $text } (المرجع { $id })
errors-graph-not-allowed = غير مسموح لك، أو لهذه البوابة، بفعل ذلك في Microsoft Entra. اطلب الدور أو الإذن اللازم من مسؤول.
errors-graph-bad-request = رفض Microsoft Entra الطلب لأنه غير صالح. تحقق من القيم المُدخلة.
errors-graph-unsupported-query = لا يستطيع Microsoft Entra تنفيذ هذا البحث أو عامل التصفية. جرّب شيئًا أبسط.
errors-graph-not-found = لم يُعثر على المستخدم أو المجموعة. ربما حُذف.
errors-graph-busy = Microsoft Entra مشغول بطلبات كثيرة جدًا. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
errors-graph-expired = انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.
errors-graph-temporary = واجه Microsoft Entra مشكلة مؤقتة. يُرجى المحاولة مرة أخرى بعد قليل.
errors-graph-failed-dependency = تم تخطي هذه الخطوة لأن خطوة سابقة في الطلب نفسه فشلت.
errors-graph-other = تعذّر على Microsoft Entra إكمال الطلب.
errors-graph-portal-sign-in = لم يسمح Microsoft Entra لهذه البوابة بتسجيل الدخول. ينبغي لمسؤول التحقق من تسجيل التطبيق (معرّف العميل والسر والأذونات).
errors-graph-timed-out = لم تستجب Microsoft في الوقت المحدد. يُرجى المحاولة مرة أخرى بعد قليل.
errors-graph-unreachable = تعذّر الوصول إلى Microsoft. تحقق من الشبكة وحاول مرة أخرى.
errors-graph-undecodable = أرسلت Microsoft إجابة لم تستطع هذه البوابة فهمها. يُرجى المحاولة مرة أخرى؛ وإن تكرر ذلك فأبلغ مسؤولاً.
