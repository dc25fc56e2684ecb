# Bulk invite: the file, its preview, the job's progress and each row's result.

## Columns and formats of a file (the file's own headers are not translated).

bulk-column-email = E-mail address
bulk-column-display-name = Display name
bulk-column-given-name = Given name
bulk-column-surname = Surname
bulk-column-company = Company
bulk-column-sponsors = Sponsors
bulk-column-groups = Groups
bulk-column-language = Message language
bulk-column-cc = Copy to (cc)
bulk-column-user-type = User type
bulk-column-redirect = Redirect URL
bulk-column-send-mail = Send invitation e-mail
bulk-column-message = Personal message
bulk-format-entra = Microsoft Entra's bulk invite template
bulk-format-csv = a CSV file
bulk-format-addresses = a list of addresses

## Reading the file.

bulk-line-error = Line { $line }: { $text }
bulk-line-column-error = Line { $line }, column “{ $column }”: { $text }
bulk-cell-no-email = there is no e-mail address. Fill it in or drop the row.
bulk-cell-send-mail = “{ $value }” is neither true nor false. Write true to send Microsoft's invitation e-mail, false not to.
bulk-cell-user-type = “{ $value }” is not a user type. Write Guest or Member (or leave it empty for Guest).
bulk-file-too-large = The file is { $size } MB; Guestlist takes at most { $max } MB ({ $rows } rows) at once. Split it into smaller files and send each.
bulk-file-empty = The file is empty. Use the template, or paste the addresses one a line.
bulk-file-template-version = Line { $line }: this is version “{ $version }” of Microsoft's bulk invite template; Guestlist reads version v1.0. Download the template again.
bulk-file-unclosed-quote = Line { $line }: a quote (") opens a cell there and is never closed, so the rest of the file would be read as one cell. Close the quote, or remove it.
bulk-file-header-unreadable = Line { $line }: the header row cannot be read ({ $error }).
bulk-file-no-header = The file has no header row. Use the template, or paste the addresses one a line.
bulk-file-two-columns = Line { $line }: the columns “{ $earlier }” and “{ $header }” both hold the { $column }. Choose which one to use.
bulk-file-no-email-column = Line { $line }: no column holds the e-mail addresses. Name one “Email address to invite [inviteeEmail]” or “email”, or choose which column holds them.
bulk-line-unreadable = this line cannot be read ({ $error }).
bulk-line-too-many-cells-commas = this line has { $cells } cells but the header row only { $headers }: a separator inside a cell? Put cells with commas in double quotes.
bulk-line-too-many-cells-semicolons = this line has { $cells } cells but the header row only { $headers }: a separator inside a cell? Put cells with semicolons in double quotes.
bulk-file-too-many-rows = The file has more than { $max } rows; Guestlist takes at most { $max } at once. Split it into smaller files and send each.
bulk-file-nobody = The file has a header row but nobody to invite under it.
bulk-line-too-many-addresses = Guestlist takes at most { $max } addresses at once; this one and those after it were left out.

## What the preview found, and what confirming does.

bulk-verdict-new = New
bulk-verdict-existing = Already in the directory
bulk-verdict-blocked = Blocked
bulk-verdict-invalid = Invalid
bulk-verdict-duplicate = Duplicate
bulk-verdict-needs-approval = Needs approval
bulk-verdict-unreadable = Unreadable
bulk-choice-skip = Skip them
bulk-choice-resend = Resend the invitation (a new link)
bulk-choice-reset = Reset their redemption
bulk-plan-dropped = Dropped
bulk-plan-invite = Invite
bulk-plan-ask = Ask an approver
bulk-plan-resend = Resend
bulk-plan-reset = Reset redemption
bulk-plan-skip = Skip
bulk-summary-new = { $count } to invite
bulk-summary-needs-approval = { $count } need an approver's approval
bulk-summary-existing = { $count } already in the directory
bulk-summary-blocked = { $count } blocked
bulk-summary-invalid = { $count } invalid
bulk-summary-duplicate = { $count } duplicates
bulk-summary-dropped = { $count } dropped
bulk-summary-unreadable = { $count } unreadable lines
bulk-summary-separator = {", "}
bulk-summary = { $rows } rows: { $parts }. Confirming sends { $send }.
bulk-summary-asking = { $rows } rows: { $parts }. Confirming sends { $send } and asks an approver for { $ask }.

## Why a row is as it is.

bulk-reason-duplicate = The same address is on line { $line }: only that row is used. Drop this one, or correct its address.
bulk-reason-cell = { $column }: { $text }
bulk-reason-address-unusable = { $column }: “{ $email }” cannot be invited: { $error }. Microsoft does not accept addresses with '+' or similar characters; ask for the person's plain address.
bulk-reason-not-checked = Could not be checked: { $error } Fix or re-check the row to try again.
bulk-reason-no-sponsor = Name a sponsor in the row: nobody is signed in to be the sponsor (at the command line, use --as with your user name).
bulk-reason-existing-member = Already in the directory as { $name } ({ $upn }), a member of your organization: they need no invitation.
bulk-reason-existing-pending = Already in the directory as { $name } ({ $upn }), a guest who has not accepted yet: resend to give them a new link.
bulk-reason-existing-guest = Already in the directory as { $name } ({ $upn }), a guest ({ $state }): reset their redemption if they must accept again.
bulk-reason-existing-external = Already in the directory as { $name } ({ $upn }), an external user.
bulk-reason-existing = Already in the directory as { $name } ({ $upn }).
bulk-reason-admins-approve = Guestlist's administrators
bulk-reason-needs-approval = { $why } Who approves: { $who }.

## Changing and sending a bulk invitation.

bulk-no-such = There is no such bulk invitation (or no longer). Start a new one on the Bulk invite page.
bulk-someone-elses-change = This bulk invitation is someone else's: only the person who made it can change or send it.
bulk-someone-elses-see = This bulk invitation is someone else's: only the person who made it and administrators can see it.
bulk-sent-already-job = This bulk invitation was sent already (job { $job }); its rows cannot change any more. Retry failed rows as a new job instead.
bulk-sent-already-requests = This bulk invitation was sent already: its requests are with the approvers (see My requests), and its rows cannot change any more.
bulk-no-such-row = There is no row { $number }: this bulk invitation has { $count } rows.
bulk-choice-not-existing = Row { $number } is not someone already in the directory: there is nothing to resend or reset.
bulk-choice-member = { $upn } is a member of your organization, not an external user: they need no invitation.
bulk-nothing-to-send = Nothing would be sent: no row is new, and nobody already in the directory is to be resent or reset. Fix rows, or choose resend or reset.
bulk-reason-needed = { $count } rows need an approver's approval: say why these guests are needed (the business reason), for the approvers to decide on.
bulk-retry-not-sent = This bulk invitation has not been sent yet: there are no failed rows to retry.
bulk-retry-running = Job { $job } is still running: wait until it ends, then retry its failed rows.
bulk-retry-nothing = No row failed: there is nothing to retry.
bulk-retry-source = Failed rows of { $source }
bulk-steer-not-sent = This bulk invitation has not been sent yet: there is no job to pause, resume or cancel.
bulk-steer-unknown = A job can be paused, resumed or cancelled.

## The job's progress.

bulk-progress-sentence = { $done } of { $total } done, { $failed } failed, { $remaining } remaining{ $cancelled ->
        [0] {""}
       *[other] , { $cancelled } cancelled
    }{ $pace }.
bulk-progress-pace = { $rate } a second
bulk-progress-pace-left = { $rate } a second, about { $left } left
bulk-progress-paused = Paused by itself: Microsoft Graph is busy or not answering. It goes on by itself at { $at }; nothing is lost meanwhile.
bulk-progress-status = { $state } — { $percent } %. { $sentence }
bulk-duration-seconds = { $n } s
bulk-duration-minutes = { $n } min
bulk-duration-hours = { $n } h

## Each row's result.

bulk-outcome-invited = Invited
bulk-outcome-resent = Resent
bulk-outcome-reset = Redemption reset
bulk-outcome-found-after-interruption = Found in the directory after an interrupted attempt: not invited twice; its groups, app access and properties were set again.
bulk-outcome-step-failed = Step failed: { $step }.
bulk-outcome-dropped = Dropped
bulk-outcome-requested = Request { $request } sent for approval
bulk-outcome-not-sent = Not sent yet
bulk-outcome-skipped = Skipped: { $verdict }

## The Bulk invite pages.

bulk-title = Bulk invite
bulk-lead = Invite many people at once from a CSV file or a pasted list. Guestlist checks every row first — who is new, who is already in your directory, what would be refused and why — and sends nothing until you confirm.
bulk-map-column = Column “{ $header }”
bulk-map-ignore = Ignore this column
bulk-map-legend = What each column holds
bulk-file-label = CSV file
bulk-file-again = The same CSV file again
# { $template } is the link "Guestlist's template".
bulk-file-help = Microsoft Entra's bulk invite template as the admin center gives it (version:v1.0), or { $template } with names, company, sponsors, groups, language, copy recipient and user type. Commas or semicolons between cells, with or without Excel's byte order mark; at most 2 MB (10,000 rows).
bulk-file-help-template = Guestlist's template
bulk-paste-label = Or paste e-mail addresses, one a line
bulk-paste-help = A line may also be “Name <address>”. Each person gets Microsoft's invitation e-mail, with you as their sponsor.
bulk-read-again = Read the file again with these columns
bulk-check-rows = Check the rows (nothing is sent yet)
bulk-back = Back to Bulk invite
bulk-heading = Bulk invite: { $source }
bulk-breadcrumb = Breadcrumb
bulk-total-new = New: will be invited
bulk-total-needs-approval = Need an approver's approval
bulk-total-existing = Already in the directory
bulk-total-blocked = Blocked
bulk-total-invalid = Invalid
bulk-total-duplicate = Duplicates in the file
bulk-total-dropped = Dropped
bulk-total-to-send = Will be sent
bulk-unreadable-lines = Lines that could not be read
bulk-columns-wrong = Columns read wrongly? Say what each holds
bulk-send = { $count ->
        [one] Send { $count } invitation
       *[other] Send { $count } invitations
    }
bulk-ask = { $count ->
        [one] Ask an approver for { $count } invitation
       *[other] Ask an approver for { $count } invitations
    }
bulk-send-and-ask = { $count ->
        [one] Send { $count } invitation and ask an approver for { $ask }
       *[other] Send { $count } invitations and ask an approver for { $ask }
    }
bulk-reason-label = Business reason for the rows that need approval
bulk-reason-help = Why these guests are needed: each of the { $count } rows becomes an invitation request with it, and the approvers decide on it. You follow them on My requests.
bulk-read-as = Read as { $format }. { $summary }
bulk-totals = Totals
bulk-download-preview = Download the preview (CSV)
bulk-download-results = Download the results (CSV)
bulk-col-line = Line
bulk-col-email = E-mail address
bulk-col-name = Name
bulk-col-found = Found
bulk-col-why = Why
bulk-col-plan = What happens
bulk-col-change = Change
bulk-col-result = Result
bulk-col-user-id = User id
bulk-col-link = Invitation link
bulk-col-details = Details
bulk-confirm-help = Each row is checked once more as it is sent. You and other administrators can follow the progress on this page.
bulk-only-owner = Only { $owner } can change or send this bulk invitation.
bulk-start-over = Start over with another file
bulk-for-this-person = For this person
bulk-save-choice = Save choice
bulk-keep-row = Keep this row
bulk-drop-row = Drop this row
bulk-fix-line = Fix line { $line }
bulk-resume = Resume
bulk-pause = Pause
bulk-cancel = Cancel the rows not sent yet
bulk-retry = Retry the { $count } failed rows as a new job
# { $link } is the link "My requests".
bulk-requests-made = { $count ->
        [one] { $count } row became invitation requests: the approvers have them, and you follow them on { $link }.
       *[other] { $count } rows became invitation requests: the approvers have them, and you follow them on { $link }.
    }
bulk-my-requests = My requests
bulk-results-later = Each row's result is listed here when the job has ended; the results file has them so far.
bulk-refreshes = Without JavaScript this page refreshes itself every few seconds until the job ends; you can also leave and come back.
bulk-another-file = Invite another file
bulk-request-id = Request id { $id }
bulk-detail-request-id = { $detail } (request id { $id })
bulk-redeem-link = Redeem link
bulk-progress-label = Progress
bulk-fix-title = Fix a row
bulk-fix-no-row = There is no such row in this bulk invitation.
bulk-back-to-preview = Back to the preview
bulk-fix-email-help = The person's own address (no '+' tags).
bulk-fix-display-name-help = How the guest appears in your directory.
bulk-fix-sponsors-help = People by e-mail address or groups by name, one a line; empty: you.
bulk-fix-groups-help = Group names, one a line.
bulk-fix-default-language = Microsoft's default
bulk-fix-cc-help = Someone to copy on Microsoft's invitation e-mail.
bulk-fix-user-type-help = Guest (or empty), or Member.
bulk-fix-redirect-help = Where the guest lands after accepting (https://…); empty: the default.
bulk-fix-send-mail-help = true to send Microsoft's invitation e-mail, false to get a link to pass on.
bulk-fix-message-help = A personal message in the invitation e-mail.
bulk-fix-save = Save and check the row again
bulk-choose-choice = Choose skip, resend or reset.
bulk-choose-steer = Choose pause, resume or cancel.
bulk-upload-too-large = The file is larger than { $max } MB, the most Guestlist takes at once. Split it into smaller files and send each.
bulk-upload-unreadable = The upload could not be read ({ $error }). Send the form again.
bulk-upload-the-file = the file
bulk-upload-pasted = Pasted addresses
bulk-upload-nothing = Choose a CSV file, or paste the addresses one a line.
bulk-upload-not-a-form = Send the form from the Bulk invite page (a file or pasted addresses).
