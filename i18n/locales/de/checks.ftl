# Die Prüfungen vor einer Einladung: Jedes Problem sagt, was stattdessen zu tun ist.

checks-address-unusable = Diese Adresse kann nicht eingeladen werden: { $error }. Prüfen Sie sie auf Tippfehler. Microsoft akzeptiert keine Adressen mit „+“ oder ähnlichen Zeichen; bitten Sie die Person um ihre einfache Adresse.
checks-own-domain = { $domain } ist die Domäne Ihrer eigenen Organisation: Das ist eine Kollegin oder ein Kollege, kein Gast. Die Person kann sich bereits mit ihrem Arbeitskonto anmelden.
checks-blocked-domain = Guestlist ist so eingerichtet, dass keine Personen von { $domain } eingeladen werden. Fragen Sie eine Administratorin oder einen Administrator, wenn diese Person wirklich Zugriff braucht.
checks-tenant-list-unreadable = Die Liste der erlaubten oder gesperrten Domänen des Mandanten kann nicht gelesen werden ({ $error }). Bitten Sie eine Administratorin oder einen Administrator, die Einstellungen für die externe Zusammenarbeit zu prüfen.
checks-tenant-disallows = Die Gasteinstellungen Ihrer Organisation erlauben keine Einladungen an { $domain }. Bitten Sie eine Administratorin oder einen Administrator, die Domäne zu erlauben, oder verwenden Sie eine andere Adresse.
checks-invites-off = Ihre Organisation hat Gasteinladungen für alle abgeschaltet. Eine Administratorin oder ein Administrator kann sie in den Einstellungen für die externe Zusammenarbeit des Mandanten wieder einschalten.
checks-cc-invalid = Der Kopieempfänger ist keine gültige E-Mail-Adresse. Korrigieren Sie sie oder lassen Sie das Feld leer.
checks-or = oder
checks-redirect-not-allowed = Gäste dürfen nur zu Adressen geleitet werden, die mit { $prefixes } beginnen. Wählen Sie eine davon oder lassen Sie die Voreinstellung.
checks-redirect-not-https = Die Seite nach der Annahme muss eine https://-Adresse sein.
checks-member-admins-only = Nur Administratoren können jemanden als Mitglied einladen. Lassen Sie das Kästchen leer, um einen Gast einzuladen.
checks-language-pick = Wählen Sie eine Sprache aus der Liste.
checks-usage-location = Der Nutzungsstandort ist ein Ländercode aus zwei Buchstaben, z. B. DE oder US.
checks-group-no-id = Microsoft hat die Gruppe „{ $name }“ ohne ID zurückgegeben. Versuchen Sie es noch einmal.
checks-group-unknown = Es gibt keine Gruppe namens „{ $name }“. Prüfen Sie die Schreibweise oder verwenden Sie die E-Mail-Adresse der Gruppe.
checks-group-several = Mehrere Gruppen heißen „{ $name }“. Verwenden Sie stattdessen die E-Mail-Adresse der Gruppe.
checks-sponsors-too-many = Ein Gast kann höchstens { $max } Sponsoren haben; entfernen Sie { $remove }.
checks-sponsor-unknown = Niemand in Ihrem Verzeichnis hat die Adresse { $address }. Prüfen Sie sie, oder lassen Sie das Feld leer, um selbst Sponsor zu sein.
checks-groups-too-many = Höchstens { $max } Gruppen auf einmal; laden Sie zuerst ein und fügen Sie dann die übrigen hinzu.

## Partnerregeln: was Guestlist für die Domäne eines Gastes tut.

checks-partner-decision-allow = Erlauben
checks-partner-decision-block = Sperren
checks-partner-decision-approval = Genehmigung erforderlich
checks-partner-verdict-allowed = Erlaubt
checks-partner-verdict-approval = Erlaubt nach Genehmigung
checks-partner-verdict-blocked = Gesperrt
checks-partner-default-blocks = Die Standardregel von Guestlist sperrt Einladungen an Domänen ohne eigene Regel. Bitten Sie eine Administratorin oder einen Administrator, eine Regel für diese Domäne anzulegen.
checks-partner-rule-blocks = Die Regel von Guestlist für { $domain } sperrt Einladungen dorthin. Fragen Sie eine Administratorin oder einen Administrator, wenn diese Person wirklich Zugriff braucht.
checks-partner-sponsors-needed = Gäste von { $domain } brauchen mindestens { $required } Sponsoren; nennen Sie { $more } weitere (die Adresse einer Kollegin oder eines Kollegen oder den Namen einer Gruppe, eine pro Zeile).
checks-partner-own-domain = { $domain } ist eine der eigenen Domänen Ihrer Organisation: Die Personen dort sind Kolleginnen und Kollegen, keine Gäste.
checks-partner-invitations-off = Die Einstellungen für die externe Zusammenarbeit des Mandanten erlauben niemandem, Gäste einzuladen (allowInvitesFrom: none).
checks-partner-tenant-list = Die Zulassungs-/Sperrliste des Mandanten für die B2B-Zusammenarbeit lässt { $domain } nicht zu.
checks-partner-guestlist-blocks = Die gesperrten Domänen von Guestlist enthalten { $domain }.
checks-partner-default-allows = Die Standardregel von Guestlist erlaubt es.
checks-partner-rule-allows = Die Regel von Guestlist für { $domain } erlaubt es.
checks-partner-default-requires-approval = Die Standardregel von Guestlist verlangt die Genehmigung durch eine genehmigende Person.
checks-partner-rule-requires-approval = Die Regel von Guestlist für { $domain } verlangt die Genehmigung durch eine genehmigende Person.
checks-partner-default-decides-block = Die Standardregel von Guestlist sperrt es.
checks-partner-rule-decides-block = Die Regel von Guestlist für { $domain } sperrt es.

## Jemand, der unter der Adresse bereits im Verzeichnis ist.

checks-existing-guest = { $name } ({ $upn }), Gast, { $state }.
checks-existing-member = { $name } ({ $upn }), Mitglied, { $state }.
checks-existing-no-state = kein Einladungsstatus
