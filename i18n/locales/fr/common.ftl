# Partagé par plusieurs pages : les composants, le cadre de la page.

common-search = Rechercher

## Les champs de l’e-mail d’invitation (Inviter et Convertir).

mail-language-label = Langue de l’e-mail
mail-language-help = Microsoft rédige son texte d’invitation standard dans cette langue. Avec un message personnel, il envoie vos mots à la place et cette langue n’est pas utilisée.
mail-message-label = Message personnel
mail-cc-label = Envoyer une copie à
mail-cc-help = Une adresse qui reçoit une copie de l’invitation, par exemple la vôtre. Facultatif.

## Nombres.

common-count-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}

## Rôles.

role-admin = Administrateur
role-inviter = Inviteur
role-helpdesk = Administrateur du support technique
role-sponsor = Sponsor
