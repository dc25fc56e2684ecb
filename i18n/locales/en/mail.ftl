# The mail Guestlist writes to sponsors, requesters and approvers (plain text). Each message is
# a paragraph; links follow on their own line. $date is written as the sender's page wrote it.

mail-hello = Hello,
mail-their-reason = Their reason:
mail-their-comment = Their comment:

## To sponsors.

mail-sponsor-extension-asked-subject = { $guest } asks for more time as a guest
mail-sponsor-extension-asked = { $guest }, a guest you sponsor, asks to keep their access.
mail-sponsor-extension-asked-until = { $guest }, a guest you sponsor, asks to keep their access until { $until }.
mail-sponsor-extend-or-end = Open My guests to extend their access or end it:
mail-sponsor-ending-subject = { $guest }'s access is being ended
mail-sponsor-ending = { $by } ended the access of { $guest }, a guest you sponsor: they can no longer sign in, and their account is deleted on { $date }.
mail-sponsor-undo = If they still need access, undo it in My guests before then:
mail-sponsor-about-to-end-subject = { $guest }'s account is deleted on { $date }
mail-sponsor-about-to-end = { $by } ended the access of { $guest }, a guest you sponsor. Their account is deleted on { $date }; after that an administrator can restore it for 30 days.
mail-sponsor-new-subject = You now sponsor { $guest }
mail-sponsor-handed-over = { $by } handed you their sponsorship of { $guest }, a guest of your organisation. As their sponsor you confirm from time to time that they still need access, and end it when they no longer do.
mail-sponsor-co-sponsor = { $by } added you as a sponsor, beside themselves, of { $guest }, a guest of your organisation. As their sponsor you confirm from time to time that they still need access, and end it when they no longer do.
mail-sponsor-succeeded = { $by } made you the sponsor of { $guest }, a guest of your organisation, in place of { $from }, who can no longer answer for them. As their sponsor you confirm from time to time that they still need access, and end it when they no longer do.
mail-sponsor-see-them = See them in My guests:

## About invitation requests.

mail-request-asked-subject = { $requester } asks to invite { $guest }
mail-request-asked = { $requester } asks to invite { $guest } as a guest.
mail-request-decide = Approve or deny it in one click:
mail-request-expires = Unanswered, the request expires on { $date }.
mail-request-approved-subject = Your request to invite { $guest } was approved
mail-request-approved = { $by } approved your request to invite { $guest }: the invitation is sent, and you are their sponsor.
mail-request-denied-subject = Your request to invite { $guest } was denied
mail-request-denied = { $by } denied your request to invite { $guest }; nothing was sent.
mail-request-expired-subject = Your request to invite { $guest } expired
mail-request-expired = { $days ->
    [one] Nobody answered your request to invite { $guest } within { $days } day, so it expired and nothing was sent. Ask again if the guest is still needed:
   *[other] Nobody answered your request to invite { $guest } within { $days } days, so it expired and nothing was sent. Ask again if the guest is still needed:
}
mail-request-see-requests = See your requests:

## A queued mail's state, on the Settings page. $at and $next are stored times, $error the
## mail server's answer.

mail-status-sent = Sent at { $at }.
mail-status-unknown-time = an unknown time
mail-status-not-sent = Not sent: { $error }
mail-status-given-up = Guestlist gave up on it.
mail-status-queued = Queued; it goes out in a moment.
mail-status-retrying = Queued; attempt { $attempt } failed ({ $error }), it is tried again at { $next }.
mail-status-soon = soon
