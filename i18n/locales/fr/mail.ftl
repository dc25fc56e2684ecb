# The mail Guestlist writes to sponsors, requesters and approvers (plain text).

mail-hello = Bonjour,
mail-their-reason = Motif indiqué :
mail-their-comment = Commentaire :

## To sponsors.

mail-sponsor-extension-asked-subject = { $guest } demande plus de temps en tant qu’invité
mail-sponsor-extension-asked = { $guest }, un invité que vous parrainez, demande à conserver son accès.
mail-sponsor-extension-asked-until = { $guest }, un invité que vous parrainez, demande à conserver son accès jusqu’au { $until }.
mail-sponsor-extend-or-end = Ouvrez « Mes invités » pour prolonger son accès ou y mettre fin :
mail-sponsor-ending-subject = L’accès de { $guest } est en cours de suppression
mail-sponsor-ending = { $by } a mis fin à l’accès de { $guest }, un invité que vous parrainez : il ne peut plus se connecter, et son compte sera supprimé le { $date }.
mail-sponsor-undo = S’il a encore besoin d’accès, annulez cette action dans « Mes invités » avant cette date :
mail-sponsor-about-to-end-subject = Le compte de { $guest } sera supprimé le { $date }
mail-sponsor-about-to-end = { $by } a mis fin à l’accès de { $guest }, un invité que vous parrainez. Son compte sera supprimé le { $date } ; ensuite, un administrateur pourra le restaurer pendant 30 jours.
mail-sponsor-new-subject = Vous êtes désormais le parrain de { $guest }
mail-sponsor-handed-over = { $by } vous a transmis le parrainage de { $guest }, un invité de votre organisation. En tant que parrain, vous confirmez de temps en temps qu’il a toujours besoin d’accès, et vous y mettez fin lorsque ce n’est plus le cas.
mail-sponsor-co-sponsor = { $by } vous a ajouté comme parrain de { $guest }, un invité de votre organisation, en plus de lui-même. En tant que parrain, vous confirmez de temps en temps qu’il a toujours besoin d’accès, et vous y mettez fin lorsque ce n’est plus le cas.
mail-sponsor-succeeded = { $by } vous a désigné comme parrain de { $guest }, un invité de votre organisation, à la place de { $from }, qui ne peut plus s’en charger. En tant que parrain, vous confirmez de temps en temps qu’il a toujours besoin d’accès, et vous y mettez fin lorsque ce n’est plus le cas.
mail-sponsor-see-them = Retrouvez-le dans « Mes invités » :

## About invitation requests.

mail-request-asked-subject = { $requester } demande à inviter { $guest }
mail-request-asked = { $requester } demande à inviter { $guest } en tant qu’invité.
mail-request-decide = Approuvez ou refusez la demande en un clic :
mail-request-expires = Sans réponse, la demande expire le { $date }.
mail-request-approved-subject = Votre demande d’invitation de { $guest } a été approuvée
mail-request-approved = { $by } a approuvé votre demande d’invitation de { $guest } : l’invitation est envoyée, et vous êtes son parrain.
mail-request-denied-subject = Votre demande d’invitation de { $guest } a été refusée
mail-request-denied = { $by } a refusé votre demande d’invitation de { $guest } ; rien n’a été envoyé.
mail-request-expired-subject = Votre demande d’invitation de { $guest } a expiré
mail-request-expired = { $days ->
    [one] Personne n’a répondu à votre demande d’invitation de { $guest } dans un délai de { $days } jour : elle a donc expiré et rien n’a été envoyé. Faites une nouvelle demande si l’invité est toujours nécessaire :
   *[other] Personne n’a répondu à votre demande d’invitation de { $guest } dans un délai de { $days } jours : elle a donc expiré et rien n’a été envoyé. Faites une nouvelle demande si l’invité est toujours nécessaire :
}
mail-request-see-requests = Voir vos demandes :

## A queued mail's state.

mail-status-sent = Envoyé : { $at }.
mail-status-unknown-time = date inconnue
mail-status-not-sent = Non envoyé : { $error }
mail-status-given-up = Guestlist a abandonné l’envoi.
mail-status-queued = En file d’attente ; il part dans un instant.
mail-status-retrying = En file d’attente ; la tentative { $attempt } a échoué ({ $error }), nouvel essai : { $next }.
mail-status-soon = bientôt
