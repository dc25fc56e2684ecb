# Die Fehler der Dienste, wie Personen sie lesen.

errors-signed-out = Sie sind nicht angemeldet (oder Ihre Sitzung ist abgelaufen). Melden Sie sich an und versuchen Sie es erneut.
errors-not-allowed = Dafür ist die Rolle { $role } nötig, die Sie nicht haben. Wenden Sie sich an einen Administrator, wenn Sie sie benötigen.
errors-database = Die Datenbank des Portals hat nicht geantwortet. Darin wurde nichts geändert; versuchen Sie es gleich noch einmal und informieren Sie einen Administrator, wenn es wieder vorkommt.
errors-cannot-send = Diese Anfrage kann nicht gesendet werden: { $reason }.

## Fehler von Microsoft Graph in einfachen Worten.

errors-graph-reference = { $text } (Referenz { $id })
errors-graph-not-allowed = Sie oder dieses Portal dürfen dies in Microsoft Entra nicht tun. Bitten Sie einen Administrator um die nötige Rolle oder Berechtigung.
errors-graph-bad-request = Microsoft Entra hat die Anfrage als ungültig abgelehnt. Prüfen Sie die eingegebenen Werte.
errors-graph-unsupported-query = Microsoft Entra kann diese Suche oder diesen Filter nicht ausführen. Versuchen Sie es mit einer einfacheren Abfrage.
errors-graph-not-found = Der Benutzer oder die Gruppe wurde nicht gefunden. Möglicherweise wurde das Objekt gelöscht.
errors-graph-busy = Microsoft Entra ist mit zu vielen Anfragen ausgelastet. Bitte warten Sie eine Minute und versuchen Sie es erneut.
errors-graph-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
errors-graph-temporary = Bei Microsoft Entra ist ein vorübergehendes Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.
errors-graph-failed-dependency = Dieser Schritt wurde übersprungen, weil ein früherer Schritt derselben Anfrage fehlgeschlagen ist.
errors-graph-other = Microsoft Entra konnte die Anfrage nicht abschließen.
errors-graph-portal-sign-in = Microsoft Entra hat die Anmeldung dieses Portals nicht zugelassen. Ein Administrator sollte die App-Registrierung prüfen (Client-ID, geheimer Schlüssel und Berechtigungen).
errors-graph-timed-out = Microsoft hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.
errors-graph-unreachable = Microsoft war nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.
errors-graph-undecodable = Microsoft hat eine Antwort gesendet, die dieses Portal nicht verstehen konnte. Bitte versuchen Sie es erneut; wenn es wieder vorkommt, melden Sie es einem Administrator.
