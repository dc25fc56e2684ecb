# Hintergrundaufträge: was die Zeilen eines Auftrags und seine Steuerung sagen.

jobs-row-unreadable-invitation = Zeile { $row } ist keine Einladung, die Guestlist lesen kann ({ $error }).
jobs-already-in-directory = { $email } ist bereits als { $upn } im Verzeichnis.
jobs-no-rows = Es gibt nichts zu tun: Der Auftrag hat keine Zeilen.
jobs-too-many-rows = Ein Auftrag umfasst höchstens { $max } Zeilen; dieser hat { $rows }. Teilen Sie ihn in kleinere auf.
jobs-no-such-job = Es gibt keinen Auftrag { $job }, oder Sie dürfen ihn nicht sehen.
jobs-cannot-change = Auftrag { $job } ist { $state }: { $refusal }
jobs-cancel-refused = Nur ein Auftrag, der noch nicht beendet ist, kann abgebrochen werden.
jobs-pause-refused = Nur ein wartender oder laufender Auftrag kann angehalten werden.
jobs-resume-refused = Nur ein angehaltener Auftrag kann fortgesetzt werden.
jobs-graph-throttled = Microsoft Graph hat Guestlist gebeten, langsamer zu machen. Der Auftrag wartet daher, und diese Zeile wird nach { $at } erneut versucht.
jobs-graph-silent = Microsoft Graph hat nicht geantwortet ({ $error }). Der Auftrag pausiert daher, und diese Zeile wird nach { $at } erneut versucht.
jobs-row-panicked = Guestlist ist bei dieser Zeile auf einen internen Fehler gestoßen und hat angehalten. Informieren Sie eine Administratorin oder einen Administrator; das Protokoll des Servers enthält die Einzelheiten.
jobs-unknown-kind = Diese Guestlist-Instanz kann keine Aufträge der Art { $kind } ausführen.
jobs-row-unreadable-bulk = Zeile { $row } ist keine Sammeleinladung, die Guestlist lesen kann.

## Der Zustand eines Auftrags und einer Zeile.

jobs-state-queued = Wartend
jobs-state-running = Läuft
jobs-state-paused = Angehalten
jobs-state-cancelled = Abgebrochen
jobs-state-done = Fertig
jobs-row-pending = Wartet
jobs-row-in-flight = Läuft
jobs-row-done = Fertig
jobs-row-failed = Fehlgeschlagen
jobs-row-cancelled = Abgebrochen
