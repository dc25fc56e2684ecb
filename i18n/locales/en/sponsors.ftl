# Sponsors: My guests, ending access, a guest's own access page, and the sponsors' answers.

sponsors-my-guests = My guests
sponsors-back-home = Back to the home page
sponsors-open-my-guests = Open My guests
sponsors-back-my-guests = Back to My guests
sponsors-breadcrumb = Breadcrumb

## My guests: the list and each guest's card.

sponsors-none = You do not sponsor any guests. When you invite someone, or a colleague hands their sponsorship to you, they appear here.
sponsors-summary = { $count ->
    [one] You sponsor { $count } guest: you answer for whether they still need access.
   *[other] You sponsor { $count } guests: you answer for whether they still need access.
}
sponsors-co-sponsor-group = { $name } (group)
sponsors-co-sponsor-detail = { $name } ({ $detail })
sponsors-sign-in-none = none recorded
sponsors-sign-in-interactive = Last sign-in (interactive)
sponsors-sign-in-non-interactive = Last sign-in (non-interactive, e.g. Teams in the background)
sponsors-sign-in-successful = Last successful sign-in
sponsors-sign-in-last = Last sign-in
sponsors-sign-in-unavailable = Not available. { $why }
sponsors-undo-label = Undo: give { $name } their access back
sponsors-end-label = End access for { $name }…
sponsors-how-direct = You sponsor them yourself.
sponsors-how-group = You sponsor them through the group { $groups }.
sponsors-co-none = None: you are their only sponsor.
sponsors-request-until = Asked for more time until { $until } on { $date }:
sponsors-request = Asked for more time on { $date }:
sponsors-ended-note = Access ended on { $date } by { $name }: they cannot sign in, and their account is deleted on { $delete }.
sponsors-resend-button = Get a new invitation link
sponsors-hand-over-label = Hand my sponsorship over (I stop sponsoring them)
sponsors-keep-button = Keep: they still need access
sponsors-access-until = Access until
sponsors-extend-button = Extend
sponsors-colleague-label = Colleague's e-mail address
sponsors-add-button = Add as sponsor
sponsors-ending-help = Ending blocks sign-in at once and deletes the account after { $days } days; until then you can undo it here.
sponsors-fact-invitation = Invitation
sponsors-fact-groups = Groups
sponsors-none-groups = None
sponsors-fact-apps = Apps
sponsors-none-apps = None assigned
sponsors-fact-invited = Invited
sponsors-fact-sponsorship = Your sponsorship
sponsors-fact-other-sponsors = Other sponsors
sponsors-no-end-date = No end date set
sponsors-fact-next-review = Next review
sponsors-fact-last-confirmed = Last confirmed
sponsors-never-confirmed = Never in Guestlist

## The facts about a guest, in words.

sponsors-a-guest = A guest
sponsors-a-sponsor = A sponsor
sponsors-this-guest = This guest
sponsors-an-app = An app
sponsors-accepted = Accepted
sponsors-accepted-on = Accepted on { $date }
sponsors-invitation-pending = Invitation pending
sponsors-invitation-pending-since = Invitation pending since { $date }
sponsors-not-invited-b2b = Not invited by B2B invitation (the account was created another way)
sponsors-invited-not-through = Not invited through Guestlist (or before its audit trail began): Microsoft Entra's audit log says who invited them.
sponsors-invited-by-reason = Invited by { $by } on { $date }, through Guestlist. The reason they gave: “{ $reason }”
sponsors-invited-by = Invited by { $by } on { $date }, through Guestlist. They gave no reason.
sponsors-unconfirmed = Not confirmed in Guestlist yet: confirm by { $date }
sponsors-confirmed-by = { $date } by { $name }

## Ending access (the confirmation page).

sponsors-end-title = End access
sponsors-end-not-yours = This guest is not one of yours.
sponsors-end-for = End access for { $name }
sponsors-end-what-sign-in = { $name } can no longer sign in, from now on. Sessions they have end when their tokens expire (usually within an hour).
sponsors-end-what-deleted = Their account is deleted after { $days } days. Until then you, or another sponsor, can undo it in My guests: they get their access back as it was.
sponsors-end-what-told = Their other sponsors are told by e-mail.
sponsors-end-understand = I understand
sponsors-end-understand-help = Sign-in is blocked at once; the account is deleted when the grace period ends.
sponsors-end-keep-link = Keep them: back to My guests

## The sponsors' actions: answers and refusals.

sponsors-not-yours = That is not one of the guests you sponsor (or they no longer exist), so Guestlist will not show or change them. Open My guests to see the guests you sponsor.
sponsors-only-people = Only a person signed in to the portal sponsors guests; the command line and jobs do not.
sponsors-keep-ending = { $name }'s access is being ended. Undo that first if they still need access.
sponsors-keep-done = Thank you: { $name } keeps their access. You will be asked again by { $date }.
sponsors-date-format = Enter the date their access should run until, such as 2027-06-30.
sponsors-date-unusable = That date cannot be used.
sponsors-date-passed = { $date } has passed: choose a day after today.
sponsors-date-too-far = Extend by at most a year at a time (until { $date } at the latest); you can extend again later.
sponsors-extend-ending = { $name }'s access is being ended. Undo that first, then extend it.
sponsors-extend-done = { $name }'s access now runs until { $date }. You will be asked again then.
sponsors-end-unconfirmed = Tick “I understand” to confirm ending their access.
sponsors-end-already = { $name }'s access is being ended already.
sponsors-end-member = { $name } is a member of your organisation, not a guest: their access ends with their employment, not in My guests.
sponsors-end-done = { $name } can no longer sign in. Their account is deleted on { $date }.
sponsors-end-undo-hint = Until then you (or another sponsor) can undo it in My guests: they get their access back as it was.
sponsors-end-mailed = Their other sponsors were told by e-mail ({ $count }).
sponsors-undo-nothing = { $name }'s access is not being ended: nothing to undo.
sponsors-undo-too-late = The grace period for { $name } has passed and the account is being deleted. An administrator can restore it from Recently deleted guests within 30 days.
sponsors-undo-done = { $name } can sign in again; their groups, apps and sponsors are as they were.
sponsors-resend-accepted = { $name } has accepted their invitation already: there is nothing to resend.
sponsors-resend-link = A new invitation link for { $name }:
sponsors-resend-pass-on = Microsoft does not e-mail an address it has invited already: pass this link on yourself.
sponsors-colleague-enter = Enter your colleague's e-mail address, such as jonas.lindqvist@northwind.example.
sponsors-colleague-nobody = Nobody in your organisation has the address { $address }. Check it and try again.
sponsors-colleague-guest = { $name } is a guest, and only members of your organisation can sponsor guests.
sponsors-colleague-disabled = { $name }'s account is disabled: choose someone who is still with the organisation.
sponsors-hand-over-group = You sponsor { $name } through the group { $groups }, not yourself, so there is no sponsorship of yours to hand over. Add a co-sponsor instead, or ask an administrator to change the group.
sponsors-add-no-id = That colleague has no id in the directory.
sponsors-add-already = { $new } sponsors { $name } already.
sponsors-add-full = { $name } has { $max } sponsors already, the most Microsoft Entra allows. Hand over your sponsorship instead, or ask a co-sponsor to hand over theirs.
sponsors-add-failed = { $new } could not be added: { $error }
sponsors-add-done = { $new } now sponsors { $name }.
sponsors-hand-over-not-removed = You could not be removed as their sponsor ({ $error }); you sponsor them together now.
sponsors-hand-over-done = You no longer sponsor { $name }: they are no longer in your My guests.
sponsors-add-mailed = { $new } was told by e-mail.

## A guest's own access (/my-access).

sponsors-your-access = Your access
sponsors-access-no-sponsor = You have no sponsor here. Contact the person who invited you, or the organisation's helpdesk.
sponsors-access-group = {" "}(a group: any of its members can help)
sponsors-access-until-date = Your access runs until { $date }.
sponsors-access-no-end = No end date is set for your access. Your sponsors confirm from time to time that you still need it.
sponsors-access-asked = You asked for more time on { $date }; your sponsors have your request.
sponsors-access-heading = Your access to { $organisation }
sponsors-access-hello = Hello, { $name }. You are a guest of { $organisation }.
sponsors-access-sponsors = Your sponsors
sponsors-access-sponsors-help = Your sponsors look after your access: ask them if you need something.
sponsors-access-until-when = Until when
sponsors-access-next-review = Next review: { $date }.
sponsors-access-ask = Ask for more time
sponsors-access-until-optional = Until (optional)
sponsors-access-until-help = The last day you need access, if you know it.
sponsors-access-reason = Why you still need access
sponsors-access-reason-help = Your sponsors decide with this; they receive it by e-mail.
sponsors-access-send = Send the request to my sponsors
sponsors-access-leaving = Leaving
# Around the link "My Account › Organizations".
sponsors-access-leave-before = When you no longer work with { $organisation }, you can leave it yourself: sign in at{" "}
sponsors-access-leave-link = My Account › Organizations
sponsors-access-leave-after = , choose { $organisation } and select Leave. Your guest account is then removed; tell your sponsors first.
sponsors-access-person-only = Only a person signed in to the portal has access of their own to look at.
sponsors-the-organisation = the organisation
sponsors-wanted-format = Enter the date as 2027-06-30, or leave it empty.
sponsors-wanted-passed = { $date } has passed: choose a day after today, or leave it empty.
sponsors-ask-no-reason = Say why you still need access: your sponsors decide with it.
sponsors-ask-too-long = Keep the reason under { $max } characters.
sponsors-ask-already = You asked on { $date } already; your sponsors have it. They answer in Guestlist, or contact them directly.
sponsors-ask-no-sponsor = You have no sponsor in this organisation, so nobody would receive the request. Ask the person who invited you, or the organisation's helpdesk.
sponsors-ask-sent = Your request was sent to your sponsors.
sponsors-ask-mailed = { $count } of them were told by e-mail; they extend your access, or tell you otherwise, in Guestlist.
