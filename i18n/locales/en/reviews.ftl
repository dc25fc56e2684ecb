# Review campaigns and lifecycle rules: the pages, the reviewers' part of My guests, and the answers.

reviews-breadcrumb = Breadcrumb
reviews-campaigns = Review campaigns
reviews-campaign = Review campaign
reviews-back-campaigns = Back to Review campaigns
reviews-back-campaign = Back to the campaign
reviews-back-rules = Back to Lifecycle rules

## Scopes, what happens to guests nobody reviewed, rules' conditions and actions.

reviews-scope-all = All guests
reviews-scope-domain = Guests at { $domain }
reviews-scope-group = Guests in the group { $group }
reviews-scope-inactive = Guests inactive for more than { $days } days
reviews-scope-pending = Invitations pending for more than { $days } days
reviews-scope-enter-inactive-days = Enter the number of days for inactivity, such as 90.
reviews-scope-enter-pending-days = Enter the number of days for pending invitations, such as 90.
reviews-scope-enter-domain = Enter the guests' e-mail domain, such as contoso.com.
reviews-scope-enter-group = Enter the group's object id.
reviews-scope-choose = Choose which guests: all, a domain, a group, inactive or pending.
reviews-unreviewed-no-change = Nothing changes
reviews-unreviewed-end = Their access ends
reviews-unreviewed-keep = They keep their access
# $n: a number of days (of sponsors for reviews-kind-sponsors), or "N" in the New rule form.
reviews-kind-attestation = No sponsor confirmed them in { $n } days
reviews-kind-inactivity = Inactive for more than { $n } days
reviews-kind-sponsors = Fewer than { $n } sponsors who can act
reviews-kind-unredeemed = Invitation not redeemed after { $n } days
reviews-action-notify = Tell their sponsors
reviews-action-disable = Block sign-in
reviews-action-disable-delete = Block sign-in, delete after the grace period

## The campaigns page and the New campaign form.

reviews-started = The campaign has started: its reviewers see their guests in My guests.
reviews-runs = { $starts } – { $ends }
reviews-decided-of = { $decided } of { $items }
reviews-campaigns-lead = Each guest's sponsors confirm whether the guest still needs access. Nothing changes until the campaign has ended and an Admin applies it after its dry run.
reviews-rules-link = Lifecycle rules and the kill switch
reviews-col-campaign = Campaign
reviews-col-guests = Guests
reviews-col-runs = Runs
reviews-col-decided = Decided
reviews-col-state = State
reviews-start-heading = Start a campaign
reviews-name = Name
reviews-name-help = Such as “Contoso guests, first half 2027”.
reviews-which-guests = Which guests
reviews-option-domain = Guests of a domain
reviews-option-group = Guests in a group
reviews-option-inactive = Guests inactive for more than N days
reviews-option-pending = Invitations pending for more than N days
reviews-value = Domain, group id or days
reviews-value-help = contoso.com for a domain; the group's object id; a number of days for inactive or pending. Empty for all guests.
reviews-fallback = Fallback reviewer
reviews-fallback-help = E-mail address of who reviews guests without a sponsor who can act, and those a sponsor does not know. Empty: you.
reviews-starts = Starts
reviews-starts-help = Empty: today.
reviews-ends = Ends
reviews-ends-help = Reminders go half-way and two days before the end, only to reviewers with open items.
reviews-nobody-reviewed = Guests nobody reviewed
reviews-option-unreviewed-end = Their access ends (the dry run warns above the cap)
reviews-start-button = Start the campaign
reviews-state-applied = Applied on { $date }
reviews-state-ended = Ended: waiting to be applied
reviews-state-running = Running
reviews-start-name = Give the campaign a name (at most 200 characters), such as “Contoso guests, first half 2027”.
reviews-start-enter-start = Enter the start date as a date, such as 2027-01-31.
reviews-start-enter-end = Enter the end date as a date, such as 2027-01-31.
reviews-start-end-after = The end date must come after the start date and after today.
reviews-start-too-long = A campaign runs for a year at most.
reviews-start-unreviewed = Choose what happens to guests nobody reviewed.
reviews-start-fallback-enter = Enter the fallback reviewer's e-mail address.
reviews-start-fallback = Fallback reviewer: { $why }
reviews-no-campaign = There is no such campaign.
reviews-no-campaign-open = There is no such campaign. Open Review campaigns to see them all.

## One campaign: progress per reviewer.

reviews-remind = Remind { $name }
reviews-fallback-mark = {" "}(fallback reviewer)
reviews-cannot-tell = Cannot tell
reviews-cannot-tell-lead = Guestlist could not tell whether these guests are inactive, so they are not in the campaign and nothing happens to them:
reviews-read-report = Read the report
reviews-plan-link = Dry run: what applying it will do
reviews-reviewers = Reviewers
reviews-col-reviewer = Reviewer
reviews-col-open = Open
reviews-col-overdue = Overdue
reviews-col-remind = Remind
reviews-remind-not-reviewer = That person is not a reviewer in this campaign.
reviews-remind-done = A reminder about { $count } open item(s) is on its way to { $name }.
reviews-remind-nothing = { $name } has no open items in this campaign (or no e-mail address): no reminder sent.

## To review (in My guests).

reviews-to-review = To review
reviews-to-review-lead = Review campaigns ask you whether these guests still need access. Nothing changes before the campaign ends and an administrator applies it; you can change your decision until then.
reviews-record-for = Record the decision for { $name }
reviews-dont-know-label = I don't know { $name }
reviews-item-campaign = Campaign “{ $campaign }”, until { $date }.
reviews-item-routed = Sent to you as fallback reviewer: { $why }.
reviews-decision = Decision
reviews-option-extend = Extend to a date
reviews-option-end = End their access
reviews-until-extend = Until (for Extend)
reviews-why = Why
reviews-decision-keep = keep
reviews-decision-extend = extend
reviews-decision-end = end
reviews-decided = Decided by { $by }: { $decision } — “{ $why }”
reviews-decided-until = Decided by { $by }: { $decision } until { $date } — “{ $why }”
reviews-not-yours = That guest is not yours to review (or the campaign is over). Open My guests to see the guests you are asked to review.
reviews-decide-choose = Choose keep, extend or end.
reviews-decide-why = Say briefly why (at most 1000 characters): the report keeps it for the auditors.
reviews-recorded-keep = Recorded: { $name } keeps their access when “{ $campaign }” is applied after { $ends }. You can change this until then.
reviews-recorded-extend = Recorded: { $name } keeps their access until { $until } when “{ $campaign }” is applied after { $ends }. You can change this until then.
reviews-recorded-end = Recorded: { $name } loses their access when “{ $campaign }” is applied after { $ends }. You can change this until then.
reviews-dont-know-fallback = You are this campaign's fallback reviewer, so the item stays with you: decide to keep or end, and say why.
reviews-dont-know-done = { $name } goes to { $fallback }, the campaign's fallback reviewer. It is no longer in your list.

## Dry runs and applying.

reviews-dry-run = Dry run
reviews-dry-run-of = Dry run: { $name }
reviews-over-cap = This would block { $changes } accounts, more than the { $cap } one run may change. Nothing happens unless you confirm below.
reviews-confirm-over-cap = I confirm: apply it although it is over the cap
reviews-confirm-over-cap-help = Every change is audited and can be undone from the report until the account is deleted.
reviews-apply-button = Apply these changes
reviews-plan-summary = { $guests } guest(s); { $changes } account(s) would be blocked; at most { $cap } per run.
reviews-col-guest = Guest
reviews-col-what-happens = What happens
reviews-col-evidence-read = Evidence read
reviews-plan-why-decided = { $by }: { $why }
reviews-plan-why-unreviewed-no-change = Nobody reviewed them; the campaign says: nothing changes
reviews-plan-why-unreviewed-end = Nobody reviewed them; the campaign says: their access ends
reviews-plan-why-unreviewed-keep = Nobody reviewed them; the campaign says: they keep their access
reviews-plan-end = Block sign-in now, delete on { $date }
reviews-plan-keep = Keeps access; next review { $date }
reviews-plan-extend = Access until { $date }
reviews-plan-no-change = No change
reviews-blocked-applied = This campaign was applied on { $date }.
reviews-blocked-running = The campaign runs until { $date }: reviewers can still decide, so it can be applied after that.
reviews-blocked-kill-switch = The kill switch is on: nothing is changed until an Admin turns it off on the Lifecycle rules page.
reviews-apply-over-cap = Applying would change { $changes } accounts, more than the { $cap } one run may change. Nothing was changed: look through the dry run, then tick “I confirm” to apply anyway.
reviews-applied = “{ $campaign }” is applied: { $changed } account(s) blocked, { $kept } guest(s) keep their access.
reviews-applied-report = Its report is ready. Ended guests can be brought back from the report until they are deleted (and restored for 30 days after).
reviews-no-item = There is no such review item.
reviews-undo-item-nothing = The campaign did not block { $name }'s sign-in (or it was undone already): nothing to undo.
reviews-undo-no-id = That guest has no directory object id.
reviews-undo-restored = { $name } is restored from deleted items, with their group memberships.
reviews-undo-gone = { $name } is no longer in deleted items (Microsoft keeps them 30 days), so they cannot be restored.
reviews-undo-done = { $name } can sign in again.

## The report.

reviews-report = Report
reviews-report-of = Report: { $name }
reviews-report-intact = Every row matches its hash: nothing was edited after the report was made.
reviews-report-tampered = Rows marked “changed” were edited after the report was made: their hash no longer matches.
reviews-report-undone = Undone on { $date }: sign-in allowed again.
reviews-undo-for = Undo for { $name }
reviews-report-changed = changed — { $hash }
reviews-report-scope-applied = { $scope } · applied { $applied }
reviews-report-applied = { $date } by { $name }
reviews-report-csv = Download the report as CSV (with its hash chain)
reviews-col-by = By
reviews-col-when = When
reviews-col-what-happened = What happened
reviews-col-hash = Hash
reviews-not-reviewed = not reviewed
reviews-report-not-applied = The report is made when the campaign is applied: open its dry run and apply it first.

## Lifecycle rules.

reviews-rules = Lifecycle rules
reviews-rule-saved = The rule is saved. It runs with the others every day; see its dry run first.
reviews-rule-switched-on = The rule is on: it runs every day.
reviews-rule-switched-off = The rule is off: it does nothing until it is turned on.
reviews-kill-switch-is-on = The kill switch is on: no rule, campaign or grace period changes any account.
reviews-kill-switch-turn-off = Turn the kill switch off
reviews-kill-switch-is-off = Automatic changes are on. The kill switch stops every rule, every campaign being applied and every deletion after a grace period, at once.
reviews-kill-switch-turn-on = Turn the kill switch on
reviews-kill-switch-on = The kill switch is on: no rule, campaign or grace period changes any account until it is turned off.
reviews-kill-switch-off = The kill switch is off: rules run again at their next daily run, and campaigns can be applied.
reviews-rule-turn-off = Turn off { $name }
reviews-rule-turn-on = Turn on { $name }
reviews-rule-run = Run { $name } now
reviews-rule-confirm-over-cap = I confirm: over the cap
reviews-rule-last-run = { $date }: { $changed } changed, { $skipped } skipped. { $summary }
reviews-rule-not-run = Not run yet
reviews-rule-off-mark = {" "}(off)
reviews-rules-lead = The worker runs every rule once a day, in order of priority; a guest is handled by the first rule that matches. One run changes at most { $cap } accounts: above that, nothing happens until an Admin confirms. Ended guests are deleted after { $days } days.
reviews-kill-switch = Kill switch
reviews-rules-heading = Rules
reviews-rules-plan-link = Dry run: what the rules would do now
reviews-priority = Priority
reviews-col-rule = Rule
reviews-looks-for = Looks for
reviews-does = Does
reviews-col-last-run = Last run
reviews-col-change = Change
reviews-new-rule = New rule
reviews-rule-name-help = Such as “Block guests inactive for a year”.
reviews-threshold-help = Days; for sponsors, the fewest a guest should have (1 to 5).
reviews-rule-value = Domain or group id
reviews-rule-value-help = Empty for all guests.
reviews-priority-help = Lower runs first; empty: 100.
reviews-save-rule = Save the rule
reviews-rules-changed = What the rules changed lately
reviews-col-what = What
reviews-col-evidence = Evidence
reviews-col-undo = Undo
reviews-rules-plan = Dry run of the lifecycle rules
reviews-rules-plan-lead = What each rule would do if it ran now: to whom, why, and the evidence read. Nothing has changed.
reviews-rule-name = Give the rule a name (at most 200 characters).
reviews-rule-choose-kind = Choose what the rule looks for.
reviews-rule-enter-sponsors = Enter the fewest sponsors a guest should have, from 1 to 5.
reviews-rule-enter-days = Enter the number of days, such as 90.
reviews-rule-choose-action = Choose what the rule does.
reviews-rule-choose-scope = Choose which guests: all, a domain or a group.
reviews-rule-enter-priority = Enter the priority as a whole number (lower runs first).
reviews-no-rule = There is no such rule.
reviews-no-rule-on = There is no such rule, or it is turned off.
reviews-no-change = There is no such change.
# What a rule did to a guest.
reviews-rule-done-notified = notified
reviews-rule-done-disabled = disabled
reviews-rule-done-ending = ending
reviews-rule-done-undone = { $what } (undone)
reviews-skipped = Skipped: { $why }
reviews-skip-undone = an Admin undid this rule's change on { $date }
reviews-skip-done = { $what } by this rule on { $date } already
reviews-skip-blocked = sign-in is blocked already
reviews-skip-ending = their access is being ended already
reviews-skip-no-sponsor = no sponsor to tell
reviews-change-disable = Block sign-in now
reviews-plan-why-rule = Rule “{ $rule }”: { $condition }
reviews-blocked-rule-off = This rule is turned off.
reviews-blocked-rule-kill-switch = The kill switch is on: no rule changes anything.
reviews-rule-held = Held: it would block { $changes } accounts, more than the { $cap } one run may change. Nothing changed until an Admin confirms.
reviews-rule-ran-notify = { $count } guest(s): tell their sponsors
reviews-rule-ran-disable = { $count } guest(s): block sign-in
reviews-rule-ran-disable-delete = { $count } guest(s): block sign-in, delete after the grace period
reviews-rule-ran = { $what }; { $skipped } skipped.
reviews-run-kill-switch = The kill switch is on: no rule changes anything until it is turned off.
reviews-run-done = “{ $rule }”: { $summary }
reviews-undo-rule-nothing = There is nothing to undo for { $name }.

## Mails to reviewers and sponsors.

reviews-mail-hello = Hello { $name },
reviews-mail-remind-subject = Please review { $count } guest(s) by { $ends }
reviews-mail-remind-body = The review “{ $campaign }” asks you whether { $count } guest(s) still need access. It ends on { $ends }.
reviews-mail-remind-action = For each one, keep, extend or end their access, and say why:
reviews-mail-notify-subject = Does { $name } still need access?
reviews-mail-notify-body = { $name }, a guest you sponsor, was found by the rule “{ $rule }”: { $condition } ({ $evidence }).
reviews-mail-notify-action = If they still need access, keep or extend it in My guests; if not, end it:
