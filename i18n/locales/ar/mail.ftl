# The mail Guestlist writes to sponsors, requesters and approvers (plain text).

mail-hello = مرحبًا،
mail-their-reason = السبب المذكور:
mail-their-comment = التعليق:

## To sponsors.

mail-sponsor-extension-asked-subject = يطلب { $guest } مزيدًا من الوقت بصفته ضيفًا
mail-sponsor-extension-asked = يطلب { $guest }، وهو ضيف ترعاه، الاحتفاظ بإمكانية وصوله.
mail-sponsor-extension-asked-until = يطلب { $guest }، وهو ضيف ترعاه، الاحتفاظ بإمكانية وصوله حتى { $until }.
mail-sponsor-extend-or-end = افتح «ضيوفي» لتمديد وصوله أو إنهائه:
mail-sponsor-ending-subject = يجري إنهاء وصول { $guest }
mail-sponsor-ending = أنهى { $by } وصول { $guest }، وهو ضيف ترعاه: لم يعد بإمكانه تسجيل الدخول، وسيُحذف حسابه في { $date }.
mail-sponsor-undo = إذا كان لا يزال بحاجة إلى الوصول، فتراجع عن ذلك في «ضيوفي» قبل هذا الموعد:
mail-sponsor-about-to-end-subject = سيُحذف حساب { $guest } في { $date }
mail-sponsor-about-to-end = أنهى { $by } وصول { $guest }، وهو ضيف ترعاه. سيُحذف حسابه في { $date }؛ وبعد ذلك يمكن للمسؤول استعادته خلال 30 يومًا.
mail-sponsor-new-subject = أصبحت الآن راعيًا لـ { $guest }
mail-sponsor-handed-over = نقل إليك { $by } رعايته لـ { $guest }، وهو ضيف في مؤسستك. بصفتك راعيًا، تؤكد من حين لآخر أنه لا يزال بحاجة إلى الوصول، وتنهي وصوله عندما لا يعود بحاجة إليه.
mail-sponsor-co-sponsor = أضافك { $by } راعيًا لـ { $guest }، وهو ضيف في مؤسستك، إلى جانبه. بصفتك راعيًا، تؤكد من حين لآخر أنه لا يزال بحاجة إلى الوصول، وتنهي وصوله عندما لا يعود بحاجة إليه.
mail-sponsor-succeeded = عيّنك { $by } راعيًا لـ { $guest }، وهو ضيف في مؤسستك، بدلًا من { $from } الذي لم يعد بإمكانه تحمّل مسؤوليته. بصفتك راعيًا، تؤكد من حين لآخر أنه لا يزال بحاجة إلى الوصول، وتنهي وصوله عندما لا يعود بحاجة إليه.
mail-sponsor-see-them = اطّلع عليه في «ضيوفي»:

## About invitation requests.

mail-request-asked-subject = يطلب { $requester } دعوة { $guest }
mail-request-asked = يطلب { $requester } دعوة { $guest } بصفته ضيفًا.
mail-request-decide = وافق على الطلب أو ارفضه بنقرة واحدة:
mail-request-expires = إذا لم يُرد أحد، تنتهي صلاحية الطلب في { $date }.
mail-request-approved-subject = تمت الموافقة على طلبك لدعوة { $guest }
mail-request-approved = وافق { $by } على طلبك لدعوة { $guest }: أُرسلت الدعوة، وأنت راعيه.
mail-request-denied-subject = رُفض طلبك لدعوة { $guest }
mail-request-denied = رفض { $by } طلبك لدعوة { $guest }؛ لم يُرسل أي شيء.
mail-request-expired-subject = انتهت صلاحية طلبك لدعوة { $guest }
mail-request-expired = { $days ->
    [one] لم يُجب أحد على طلبك لدعوة { $guest } خلال يوم واحد، لذا انتهت صلاحيته ولم يُرسل أي شيء. اطلب مرة أخرى إذا كان الضيف لا يزال مطلوبًا:
    [two] لم يُجب أحد على طلبك لدعوة { $guest } خلال يومين، لذا انتهت صلاحيته ولم يُرسل أي شيء. اطلب مرة أخرى إذا كان الضيف لا يزال مطلوبًا:
    [few] لم يُجب أحد على طلبك لدعوة { $guest } خلال { $days } أيام، لذا انتهت صلاحيته ولم يُرسل أي شيء. اطلب مرة أخرى إذا كان الضيف لا يزال مطلوبًا:
   *[other] لم يُجب أحد على طلبك لدعوة { $guest } خلال { $days } يومًا، لذا انتهت صلاحيته ولم يُرسل أي شيء. اطلب مرة أخرى إذا كان الضيف لا يزال مطلوبًا:
}
mail-request-see-requests = اطّلع على طلباتك:

## A queued mail's state.

mail-status-sent = وقت الإرسال: { $at }.
mail-status-unknown-time = وقت غير معروف
mail-status-not-sent = لم يُرسل: { $error }
mail-status-given-up = توقف Guestlist عن محاولة إرساله.
mail-status-queued = في قائمة الانتظار؛ سيُرسل بعد لحظات.
mail-status-retrying = في قائمة الانتظار؛ فشلت المحاولة { $attempt } ({ $error })، موعد المحاولة التالية: { $next }.
mail-status-soon = قريبًا
