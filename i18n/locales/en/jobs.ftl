# Background jobs: what a job's rows and steering say.

jobs-row-unreadable-invitation = Row { $row } is not an invitation Guestlist can read ({ $error }).
jobs-already-in-directory = { $email } is already in the directory as { $upn }.
jobs-no-rows = There is nothing to do: the job has no rows.
jobs-too-many-rows = A job takes at most { $max } rows; this one has { $rows }. Split it into smaller ones.
jobs-no-such-job = There is no job { $job }, or it is not yours to see.
jobs-cannot-change = Job { $job } is { $state }: { $refusal }
jobs-cancel-refused = only a job that has not finished can be cancelled.
jobs-pause-refused = only a queued or running job can be paused.
jobs-resume-refused = only a paused job can be resumed.
jobs-graph-throttled = Microsoft Graph asked Guestlist to slow down, so the job waits and this row is tried again after { $at }.
jobs-graph-silent = Microsoft Graph did not answer ({ $error }), so the job pauses and this row is tried again after { $at }.
jobs-row-panicked = Guestlist hit an internal error while doing this row, so it stopped. Tell an administrator; the server's log has the details.
jobs-unknown-kind = This Guestlist cannot run jobs of kind { $kind }.

## A job's state, and a row's.

jobs-state-queued = Queued
jobs-state-running = Running
jobs-state-paused = Paused
jobs-state-cancelled = Cancelled
jobs-state-done = Done
jobs-row-pending = Waiting
jobs-row-in-flight = Running
jobs-row-done = Done
jobs-row-failed = Failed
jobs-row-cancelled = Cancelled
jobs-row-unreadable-bulk = Row { $row } is not a bulk invitation Guestlist can read.
