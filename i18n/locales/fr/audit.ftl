# La page Journal d’audit : comment elle décrit le journal (le journal lui-même enregistre des libellés anglais).

## Ce qui a été fait (les actions du journal).

audit-action-invite = Inviter
audit-action-new-invitation-link = Nouveau lien d’invitation
audit-action-resend-invitation = Renvoyer l’invitation
audit-action-reset-redemption = Réinitialiser l’échange
audit-action-retry-follow-up-steps = Relancer les étapes suivantes
audit-action-send-link-from-guestlist = Envoyer le lien depuis Guestlist
audit-action-change-email-address = Modifier l’adresse e-mail
audit-action-change-user-type = Changer le type d’utilisateur
audit-action-convert-to-external-user = Convertir en utilisateur externe
audit-action-set-email-address = Définir l’adresse e-mail
audit-action-reset-password = Réinitialiser le mot de passe
audit-action-set-user-type = Définir le type d’utilisateur
audit-action-allow-grant = Autoriser les inviteurs à attribuer
audit-action-remove-allowed-grant = Retirer l’attribution aux inviteurs
audit-action-restore-deleted-user = Restaurer l’utilisateur supprimé
audit-action-purge-deleted-user = Supprimer définitivement
audit-action-add-to-group = Ajouter au groupe
audit-action-remove-from-group = Retirer du groupe
audit-action-add-sponsor = Ajouter un sponsor
audit-action-remove-sponsor = Retirer un sponsor
audit-action-disable-account = Bloquer la connexion
audit-action-enable-account = Autoriser la connexion
audit-action-delete-user = Supprimer l’utilisateur
audit-action-export-guests = Exporter les invités
audit-action-view-sponsored-guest = Ouvrir un invité parrainé
audit-action-confirm-guest-access = Confirmer que l’accès reste nécessaire
audit-action-extend-guest-access = Prolonger l’accès
audit-action-end-guest-access = Mettre fin à l’accès
audit-action-undo-end-guest-access = Annuler la fin de l’accès
audit-action-hand-over-sponsorship = Transmettre le parrainage
audit-action-request-extension = Demander plus de temps
audit-action-start-review-campaign = Lancer une campagne de révision
audit-action-decide-review = Décision de révision
audit-action-route-review-to-fallback = Révision confiée au réviseur de secours
audit-action-remind-reviewers = Relancer le réviseur
audit-action-apply-review-campaign = Appliquer la campagne de révision
audit-action-save-lifecycle-rule = Enregistrer une règle de cycle de vie
audit-action-run-lifecycle-rule = Exécuter une règle de cycle de vie
audit-action-notify-sponsors = Prévenir les sponsors
audit-action-set-kill-switch = Arrêt d’urgence
audit-action-request-invitation = Demander une invitation
audit-action-approve-invitation-request = Approuver une demande d’invitation
audit-action-deny-invitation-request = Refuser une demande d’invitation
audit-action-expire-invitation-request = Demande d’invitation expirée
audit-action-change-settings = Modifier les paramètres
audit-action-send-test-mail = Envoyer un e-mail de test
audit-action-archive-audit-rows = Archiver des lignes du journal

## Comment cela s’est terminé (les résultats du journal).

audit-outcome-invited = Invité
audit-outcome-invited-step-failed = Invité, une étape a échoué
audit-outcome-changed = Modifié
audit-outcome-queued = En file d’attente
audit-outcome-refused = Refusé
audit-outcome-failed = Échec
audit-outcome-exported = Exporté
audit-outcome-requested = Demandé

## Erreurs.

audit-not-written = Le journal d’audit n’a pas pu être écrit ({ $action } : { $outcome }), Guestlist s’est donc arrêté. Prévenez un administrateur ; consultez la page Journal d’audit avant de réessayer.

## La page Journal d’audit.

audit-title = Journal d’audit
audit-lead = Chaque tentative d’invitation et chaque modification : qui, quand, pour qui, avec quelles options, et ce qui s’est passé.
audit-filter-text = Qui ou pour qui
audit-filter-actor = Qui a agi
audit-filter-target = Pour qui (adresse ou identifiant d’une personne)
audit-filter-any = Tous
audit-filter-since = Du (date)
audit-filter-until = Au (date)
audit-filter-request = Numéro de demande d’invitation
audit-filter = Filtrer
audit-count = { $count ->
    [one] { $count } entrée.
   *[other] { $count } entrées.
}
audit-download = Télécharger au format CSV
audit-col-when = Quand (UTC)
audit-col-who = Qui
audit-col-what = Quoi
audit-col-target = Pour qui
audit-col-options = Options
audit-col-outcome = Résultat
audit-col-request-id = ID de requête Graph

## Lignes archivées.

audit-archives = Lignes archivées
audit-archives-before = Les lignes plus anciennes que la durée de conservation définie sur la page
audit-archives-settings = Paramètres
audit-archives-after = {" "}sont écrites dans un fichier sur le serveur, puis retirées de cette liste ; rien n’est supprimé sans son fichier.
audit-archive-rows = { $first } à { $last }
audit-archive-col-at = Archivé (UTC)
audit-archive-col-rows = Lignes
audit-archive-col-count = Nombre
audit-archive-col-before = Plus anciennes que
audit-archive-col-file = Fichier sur le serveur
