# The Dashboard (administrators): live counts, the background snapshot and its charts.

dashboard-title = Dashboard
dashboard-refresh-notice = New figures are on their way: the background worker reads the directory now. Reload this page in a minute.
dashboard-refresh-button = Refresh the figures now
dashboard-no-figures = There are no figures yet: the background worker computes them soon after Guestlist starts, and then regularly. Ask for them now with the button below.

## Counted live by Graph.

dashboard-live-heading = Right now
dashboard-live-help = Counted by Microsoft Graph for this page.
# { $problem } is the error, a sentence.
dashboard-live-problem = Microsoft Graph could not count right now: { $problem }
dashboard-live-pending = Invitations pending
dashboard-live-pending-help = Invited people who have not accepted yet (externalUserState PendingAcceptance).
dashboard-live-guests = Accounts with user type Guest
dashboard-live-guests-help = User type says what someone may see in the directory, not how they sign in: external members are not among them.

## The snapshot.

dashboard-snapshot-heading = All external users
dashboard-snapshot-help = Reading every external user takes a while, so these figures are computed in the background and may be a little behind.
# { $elapsed } is dashboard-elapsed-…, { $date } the day and { $time } the time of day (14:05).
dashboard-age = Figures from { $elapsed } ago ({ $date }, { $time } UTC).
# { $name } is who asked ("Grace Okafor <grace@contoso.com>").
dashboard-refresh-asked-by = New figures were asked for by { $name } { $elapsed } ago; they appear here once the background worker has read the directory.
dashboard-refresh-asked = New figures were asked for { $elapsed } ago; they appear here once the background worker has read the directory.
dashboard-last-error = The last attempt to compute new figures failed: { $problem }
dashboard-total = External users
dashboard-total-help = Guests and external members: invited, with #EXT# in their user name, or signing in with another organisation's or a personal account.
dashboard-pending-long = Pending for more than { $days } days
dashboard-pending-long-help = Invitations still not accepted { $days } days after they were sent: resend them, or remove the guests.
dashboard-without-sponsor = Without a sponsor
dashboard-without-sponsor-help = { $count ->
    [one] { $count } external user nobody in your organisation answers for. Add a sponsor, or review whether they still need access.
   *[other] { $count } external users nobody in your organisation answers for. Add a sponsor, or review whether they still need access.
}
# { $link } is the link "Recently deleted guests" (dashboard-deleted-link).
dashboard-deleted = { $link } — external users deleted in the last 30 days, to restore or to delete for good.
dashboard-deleted-link = Recently deleted guests

## How long ago, as said in dashboard-age and dashboard-refresh-asked ("… ago").

dashboard-elapsed-moment = less than a minute
dashboard-elapsed-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
dashboard-elapsed-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
dashboard-elapsed-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## The charts: each a title, a sentence that says what it shows (also the picture's text
## alternative), the heading of its table's first column and its bars.

dashboard-chart-empty = Nothing to show yet.
# { $title } is the chart's title.
dashboard-chart-as-table = The figures of “{ $title }” as a table
dashboard-chart-count = Count
dashboard-chart-status-title = External users by status
dashboard-chart-status-description = How many of the { $total } external users are pending, active, inactive, never signed in, disabled or unknown.
dashboard-chart-status-description-no-sign-ins = How many of the { $total } external users are in each status. Graph gave no sign-in data (it needs Entra ID P1 and AuditLog.Read.All), so accepted guests are Unknown.
dashboard-chart-status-heading = Status
dashboard-chart-provider-title = External users by identity provider
dashboard-chart-provider-description = The account each external user signs in with (Graph's identities). Someone with two counts under both.
dashboard-chart-provider-heading = Signs in with
dashboard-chart-provider-none = None yet (invitation not accepted)
dashboard-chart-domain-title = Top { $count } e-mail domains
dashboard-chart-domain-description = The { $count } domains of external users' e-mail addresses with the most people, then the rest together.
dashboard-chart-domain-heading = Domain
dashboard-chart-domain-other = All other domains
dashboard-chart-domain-none = No e-mail address
dashboard-chart-weeks-title = Invitations per week, last { $count } weeks
dashboard-chart-weeks-description = Users created by invitation each week, Monday to Sunday (UTC), counted from when Entra created their account (createdDateTime), whoever invited them.
dashboard-chart-weeks-heading = Week of
dashboard-chart-inactive-title = Last sign-in long ago
dashboard-chart-inactive-description = External users whose latest sign-in (interactive, non-interactive or successful) is more than 30, 90, 180 or 365 days ago; someone gone a year counts in all four. People who never signed in are not counted here.
dashboard-chart-inactive-description-no-sign-ins = Graph gave no sign-in data (it needs Entra ID P1 and AuditLog.Read.All), so nobody can be counted as inactive.
dashboard-chart-inactive-heading = Last sign-in
dashboard-chart-inactive-bar = { $days ->
    [one] More than { $days } day ago
   *[other] More than { $days } days ago
}
