# The mail Guestlist writes to sponsors, requesters and approvers (plain text).

mail-hello = Guten Tag,
mail-their-reason = Die Begründung:
mail-their-comment = Der Kommentar:

## To sponsors.

mail-sponsor-extension-asked-subject = { $guest } bittet um mehr Zeit als Gast
mail-sponsor-extension-asked = { $guest }, ein Gast, für den Sie verantwortlich sind, bittet darum, den Zugang zu behalten.
mail-sponsor-extension-asked-until = { $guest }, ein Gast, für den Sie verantwortlich sind, bittet darum, den Zugang zu behalten (bis { $until }).
mail-sponsor-extend-or-end = Öffnen Sie „Meine Gäste“, um den Zugang zu verlängern oder zu beenden:
mail-sponsor-ending-subject = Der Zugang von { $guest } wird beendet
mail-sponsor-ending = { $by } hat den Zugang von { $guest } beendet, einem Gast, für den Sie verantwortlich sind: die Anmeldung ist gesperrt, das Konto wird am { $date } gelöscht.
mail-sponsor-undo = Falls der Zugang noch gebraucht wird, machen Sie es vorher in „Meine Gäste“ rückgängig:
mail-sponsor-about-to-end-subject = Das Konto von { $guest } wird am { $date } gelöscht
mail-sponsor-about-to-end = { $by } hat den Zugang von { $guest } beendet, einem Gast, für den Sie verantwortlich sind. Das Konto wird am { $date } gelöscht; danach kann es 30 Tage lang von einer Administratorin oder einem Administrator wiederhergestellt werden.
mail-sponsor-new-subject = Sie sind jetzt verantwortlich für { $guest }
mail-sponsor-handed-over = { $by } hat Ihnen die Verantwortung für { $guest } übergeben, einen Gast Ihrer Organisation. Als Sponsor bestätigen Sie von Zeit zu Zeit, dass der Zugang noch gebraucht wird, und beenden ihn, wenn nicht.
mail-sponsor-co-sponsor = { $by } hat Sie zusätzlich zu sich selbst als Sponsor für { $guest } eingetragen, einen Gast Ihrer Organisation. Als Sponsor bestätigen Sie von Zeit zu Zeit, dass der Zugang noch gebraucht wird, und beenden ihn, wenn nicht.
mail-sponsor-succeeded = { $by } hat Sie anstelle von { $from }, der oder die nicht mehr für den Gast handeln kann, als Sponsor für { $guest } eingetragen, einen Gast Ihrer Organisation. Als Sponsor bestätigen Sie von Zeit zu Zeit, dass der Zugang noch gebraucht wird, und beenden ihn, wenn nicht.
mail-sponsor-see-them = Sie finden den Gast in „Meine Gäste“:

## About invitation requests.

mail-request-asked-subject = { $requester } möchte { $guest } einladen
mail-request-asked = { $requester } möchte { $guest } als Gast einladen.
mail-request-decide = Genehmigen oder ablehnen mit einem Klick:
mail-request-expires = Ohne Antwort läuft die Anfrage am { $date } ab.
mail-request-approved-subject = Ihre Anfrage, { $guest } einzuladen, wurde genehmigt
mail-request-approved = { $by } hat Ihre Anfrage, { $guest } einzuladen, genehmigt: Die Einladung ist versandt, und Sie sind für den Gast verantwortlich.
mail-request-denied-subject = Ihre Anfrage, { $guest } einzuladen, wurde abgelehnt
mail-request-denied = { $by } hat Ihre Anfrage, { $guest } einzuladen, abgelehnt; es wurde nichts versandt.
mail-request-expired-subject = Ihre Anfrage, { $guest } einzuladen, ist abgelaufen
mail-request-expired = { $days ->
    [one] Niemand hat Ihre Anfrage, { $guest } einzuladen, innerhalb von { $days } Tag beantwortet. Sie ist daher abgelaufen, und es wurde nichts versandt. Fragen Sie erneut, wenn der Gast noch gebraucht wird:
   *[other] Niemand hat Ihre Anfrage, { $guest } einzuladen, innerhalb von { $days } Tagen beantwortet. Sie ist daher abgelaufen, und es wurde nichts versandt. Fragen Sie erneut, wenn der Gast noch gebraucht wird:
}
mail-request-see-requests = Ihre Anfragen:

## A queued mail's state.

mail-status-sent = Gesendet: { $at }.
mail-status-unknown-time = Zeitpunkt unbekannt
mail-status-not-sent = Nicht gesendet: { $error }
mail-status-given-up = Guestlist hat es aufgegeben.
mail-status-queued = In der Warteschlange; die E-Mail wird gleich gesendet.
mail-status-retrying = In der Warteschlange; Versuch { $attempt } ist fehlgeschlagen ({ $error }), nächster Versuch: { $next }.
mail-status-soon = in Kürze
