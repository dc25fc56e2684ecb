# استمرارية الرعاة (المسؤولون): ضيوف لا يستطيع رعاتهم التصرف نيابة عنهم، ومن يخلفهم.

continuity-title = استمرارية الرعاة
continuity-back = العودة إلى الصفحة الرئيسية
continuity-lead = يحتاج الضيوف إلى راعٍ يتولى المسؤولية عنهم: شخص حسابه مفعّل، أو مجموعة فيها عضو مفعّل. يتوقع Guestlist ما لا يقل عن { $min } لكل ضيف (GUESTLIST_MIN_SPONSORS). يضيف التسليم الخلف راعيًا ثم يزيل الرعاة الذين عُطّلت حساباتهم؛ وترى في الصفحة التالية من سيتغير قبل أن يحدث أي شيء.

## ضيوف يحتاجون إلى راعٍ.

continuity-guests-heading = ضيوف يحتاجون إلى راعٍ
continuity-guests-none = لكل ضيف عدد كافٍ من الرعاة القادرين على التصرف نيابة عنه.
continuity-col-select = تحديد
continuity-col-guest = الضيف
continuity-col-why = السبب
continuity-col-sponsors = الرعاة الحاليون
continuity-col-successor = الخلف المقترح
continuity-select-guest = تحديد { $name }
continuity-add-sponsor = إضافة راعٍ إلى الضيوف المحددين…
continuity-add-sponsor-help = في الصفحة التالية تختار الراعي للضيوف المحددين.
continuity-hand-over = التسليم إلى { $name }…
continuity-successor-none = لم يُعثر على أحد: اختر واحدًا في الصفحة التالية.
continuity-sponsors-none = لا أحد
continuity-a-guest = ضيف
continuity-no-sponsor = لا يوجد راعٍ على الإطلاق.
continuity-no-live-sponsor = لا يستطيع أي من رعاته التصرف نيابة عنه: كلهم معطّلون، أو مجموعة لا أحد فيها.
continuity-too-few-sponsors = { $count ->
    [one] راعٍ واحد يستطيع التصرف نيابة عنه؛ والمتوقع { $min } على الأقل.
    [two] راعيان يستطيعان التصرف نيابة عنه؛ والمتوقع { $min } على الأقل.
   *[other] { $count } من الرعاة يستطيعون التصرف نيابة عنه؛ والمتوقع { $min } على الأقل.
}
continuity-sponsor-disabled = { $name } (معطّل)
continuity-sponsor-empty-group = { $name } (مجموعة بلا عضو مفعّل)
continuity-sponsor-group = { $name } (مجموعة)
continuity-why-manager = مدير { $name }
continuity-why-inviter = دعاه عبر Guestlist

## أعضاء غادروا.

continuity-departed-heading = أعضاء غادروا وما زالوا يرعون ضيوفًا
continuity-departed-none = لا يرعى أي عضو معطّل ضيفًا.
continuity-departed = { $name } (الحساب معطّل) ما زال يرعى { $guests }. { $manager }
continuity-manager = مديره: { $name }.
continuity-manager-none = لم يُحدَّد مدير في Microsoft Entra (أو حساب المدير معطّل): اختر خلفًا في الصفحة التالية.
continuity-hand-to-manager = { $count ->
    [one] تسليم ضيفه إلى { $manager } (مديره)…
   *[other] تسليم ضيوفه ({ $count }) كلهم إلى { $manager } (مديره)…
}
continuity-hand-to-someone = { $count ->
    [one] تسليم ضيفه إلى شخص آخر…
   *[other] تسليم ضيوفه ({ $count }) كلهم إلى شخص آخر…
}

## مجموعات رعاة بلا أعضاء.

continuity-groups-heading = مجموعات رعاة لا أحد فيها
continuity-groups-none = في كل مجموعة رعاة عضو مفعّل.
continuity-empty-group = { $group } ترعى { $guests }. أضف أعضاء إلى المجموعة في Microsoft Entra، أو سلّم ضيوفها إلى شخص مذكور أعلاه.
