# Sponsor-Nachfolge (Administratoren): Gäste, deren Sponsoren nicht für sie handeln können, und Nachfolger.

continuity-title = Sponsor-Nachfolge
continuity-back = Zurück zur Startseite
continuity-lead = Gäste brauchen einen Sponsor, der für sie einsteht: eine Person mit aktiviertem Konto oder eine Gruppe mit einem aktivierten Mitglied. Guestlist erwartet mindestens { $min } pro Gast (GUESTLIST_MIN_SPONSORS). Bei der Übergabe wird der Nachfolger als Sponsor hinzugefügt, danach werden die Sponsoren mit deaktiviertem Konto entfernt; auf der nächsten Seite sehen Sie, wer sich ändert, bevor etwas geschieht.

## Gäste, die einen Sponsor brauchen.

continuity-guests-heading = Gäste, die einen Sponsor brauchen
continuity-guests-none = Jeder Gast hat genug Sponsoren, die für ihn handeln können.
continuity-col-select = Auswählen
continuity-col-guest = Gast
continuity-col-why = Grund
continuity-col-sponsors = Aktuelle Sponsoren
continuity-col-successor = Vorgeschlagener Nachfolger
continuity-select-guest = { $name } auswählen
continuity-add-sponsor = Den markierten Gästen einen Sponsor hinzufügen…
continuity-add-sponsor-help = Auf der nächsten Seite wählen Sie den Sponsor für die markierten Gäste.
continuity-hand-over = An { $name } übergeben…
continuity-successor-none = Keiner gefunden: Wählen Sie einen auf der nächsten Seite.
continuity-sponsors-none = Keine
continuity-a-guest = Ein Gast
continuity-no-sponsor = Überhaupt kein Sponsor.
continuity-no-live-sponsor = Keiner der Sponsoren kann für den Gast handeln: Alle sind deaktiviert oder eine Gruppe ohne Mitglieder.
continuity-too-few-sponsors = { $count ->
    [one] { $count } Sponsor, der für den Gast handeln kann; erwartet werden mindestens { $min }.
   *[other] { $count } Sponsoren, die für den Gast handeln können; erwartet werden mindestens { $min }.
}
continuity-sponsor-disabled = { $name } (deaktiviert)
continuity-sponsor-empty-group = { $name } (Gruppe ohne aktiviertes Mitglied)
continuity-sponsor-group = { $name } (Gruppe)
continuity-why-manager = Führungskraft von { $name }
continuity-why-inviter = Hat den Gast über Guestlist eingeladen

## Ausgeschiedene Mitglieder.

continuity-departed-heading = Ausgeschiedene Mitglieder, die noch Gäste betreuen
continuity-departed-none = Kein deaktiviertes Mitglied ist Sponsor eines Gasts.
continuity-departed = { $name } (Konto deaktiviert) ist noch Sponsor von { $guests }. { $manager }
continuity-manager = Führungskraft: { $name }.
continuity-manager-none = In Microsoft Entra ist keine Führungskraft eingetragen (oder deren Konto ist deaktiviert): Wählen Sie auf der nächsten Seite einen Nachfolger.
continuity-hand-to-manager = { $count ->
    [one] Den Gast an { $manager } (Führungskraft) übergeben…
   *[other] Alle { $count } Gäste an { $manager } (Führungskraft) übergeben…
}
continuity-hand-to-someone = { $count ->
    [one] Den Gast an jemand anderen übergeben…
   *[other] Alle { $count } Gäste an jemand anderen übergeben…
}

## Sponsorgruppen ohne Mitglieder.

continuity-groups-heading = Sponsorgruppen ohne Mitglieder
continuity-groups-none = Jede Sponsorgruppe hat ein aktiviertes Mitglied.
continuity-empty-group = { $group } ist Sponsor von { $guests }. Fügen Sie der Gruppe in Microsoft Entra Mitglieder hinzu oder übergeben Sie ihre Gäste oben an jemanden.
