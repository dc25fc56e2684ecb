# Von mehreren Seiten geteilt: die Bausteine, der Seitenrahmen.

common-search = Suchen

## Die Felder der Einladungs-E-Mail (Einladen und Umwandeln).

mail-language-label = Sprache der E-Mail
mail-language-help = Microsoft schreibt seinen Standardeinladungstext in dieser Sprache. Mit einer persönlichen Nachricht sendet es stattdessen Ihre Worte, und diese Sprache wird nicht verwendet.
mail-message-label = Persönliche Nachricht
mail-cc-label = Kopie senden an
mail-cc-help = Eine Adresse, die eine Kopie der Einladung erhält, z. B. Ihre eigene. Optional.

## Anzahlen.

common-count-people = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}

## Rollen.

role-admin = Administrator
role-inviter = Einladende Person
role-helpdesk = Helpdesk-Administrator
role-sponsor = Sponsor
