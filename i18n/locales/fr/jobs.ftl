# Tâches en arrière-plan : ce que disent les lignes d'une tâche et son pilotage.

jobs-row-unreadable-invitation = La ligne { $row } n'est pas une invitation que Guestlist peut lire ({ $error }).
jobs-already-in-directory = { $email } figure déjà dans l'annuaire sous { $upn }.
jobs-no-rows = Il n'y a rien à faire : la tâche n'a aucune ligne.
jobs-too-many-rows = Une tâche comprend au plus { $max } lignes ; celle-ci en a { $rows }. Divisez-la en tâches plus petites.
jobs-no-such-job = La tâche { $job } n'existe pas, ou vous n'avez pas le droit de la voir.
jobs-cannot-change = La tâche { $job } est à l'état « { $state } » : { $refusal }
jobs-cancel-refused = seule une tâche qui n'est pas terminée peut être annulée.
jobs-pause-refused = seule une tâche en attente ou en cours peut être suspendue.
jobs-resume-refused = seule une tâche suspendue peut être reprise.
jobs-graph-throttled = Microsoft Graph a demandé à Guestlist de ralentir ; la tâche attend donc, et cette ligne sera réessayée après { $at }.
jobs-graph-silent = Microsoft Graph n'a pas répondu ({ $error }) ; la tâche fait donc une pause, et cette ligne sera réessayée après { $at }.
jobs-row-panicked = Guestlist a rencontré une erreur interne en traitant cette ligne et s'est arrêté. Prévenez un administrateur ; le journal du serveur contient les détails.
jobs-unknown-kind = Cette instance de Guestlist ne peut pas exécuter les tâches de type { $kind }.
jobs-row-unreadable-bulk = La ligne { $row } n'est pas une invitation groupée que Guestlist peut lire.

## L'état d'une tâche, et celui d'une ligne.

jobs-state-queued = En attente
jobs-state-running = En cours
jobs-state-paused = Suspendue
jobs-state-cancelled = Annulée
jobs-state-done = Terminée
jobs-row-pending = En attente
jobs-row-in-flight = En cours
jobs-row-done = Terminée
jobs-row-failed = Échec
jobs-row-cancelled = Annulée
