# La page d'un invité : ses propriétés et leur signification, les actions, les invités récemment supprimés.

guests-details-not-found = Ce n'est pas (ou plus) un utilisateur de cet annuaire. Recherchez-le sur la page Invités.
guests-details-no-organisation = Microsoft Entra n'a pas décrit votre organisation. Réessayez dans un instant.
guests-this-person = Cette personne

## Comment un invité se connecte, selon l'émetteur d'identité.

guests-issuer-own = { $issuer } est votre propre organisation : cette entrée est son nom d'utilisateur dans votre annuaire, pas la façon dont la personne prouve son identité.
guests-issuer-entra = Se connecte avec un compte professionnel ou scolaire d'une autre organisation Microsoft Entra, selon les règles de cette organisation (MFA, mot de passe, accès conditionnel).
guests-issuer-microsoft = Se connecte avec un compte Microsoft personnel (Outlook.com, Hotmail, Xbox…).
guests-issuer-google = Se connecte avec son compte Google (fédération Google).
guests-issuer-facebook = Se connecte avec son compte Facebook.
guests-issuer-mail = Se connecte avec un code secret à usage unique que Microsoft envoie à chaque fois à son adresse : la personne n'a pas de compte propre chez Microsoft ou chez un fournisseur fédéré.
guests-issuer-federated = Se connecte auprès du fournisseur d'identité de sa propre organisation ({ $issuer }), fédéré avec le vôtre par SAML ou WS-Fed.
guests-issuer-other = Se connecte avec le fournisseur d'identité de sa propre organisation ({ $issuer }).

## Les propriétés : un libellé et sa signification.

guests-fact-upn = Nom d'utilisateur
guests-fact-upn-explain = Son nom d'utilisateur dans votre annuaire. Les invités en reçoivent un avec #EXT#, formé à partir de leur adresse e-mail ; il ne change jamais la façon dont ils se connectent.
guests-fact-mail = Adresse e-mail
guests-fact-mail-explain = Où Microsoft envoie ses invitations et notifications.
guests-fact-type = Type d'utilisateur
guests-fact-type-explain = Membre ou Invité : indique si la personne fait partie de votre organisation, ce qui détermine ses autorisations par défaut dans votre annuaire. Il n'indique ni comment elle se connecte ni si elle est externe.
guests-fact-identities = Identités
guests-fact-identities-none = Graph n'indique aucune identité pour cette personne.
guests-fact-state = État de l'invitation
guests-fact-state-pending = Acceptation en attente
guests-fact-state-explain = Acceptation en attente : invitée, mais n'a pas encore accepté. Accepted : a utilisé l'invitation et se connecte avec son propre compte. Vide : jamais invitée.
guests-fact-state-changed = Changement d'état de l'invitation
guests-fact-state-changed-explain = Quand la personne a été invitée, a accepté, ou quand l'utilisation de son invitation a été réinitialisée pour la dernière fois.
guests-fact-creation = Créé par
guests-fact-creation-explain = Invitation : créé par une invitation B2B. Vide : créé dans votre annuaire comme compte professionnel (interne ou synchronisé).
guests-fact-synced = Synchronisé depuis l'annuaire
guests-fact-synced-explain = Les comptes synchronisés sont gérés dans votre Active Directory local : Microsoft Entra (et Guestlist) ne peut pas les modifier, les désactiver ni les supprimer.
guests-fact-sign-in = Connexion
guests-fact-sign-in-blocked = Bloquée
guests-fact-sign-in-allowed = Autorisée
guests-fact-sign-in-explain = Les comptes bloqués ne peuvent pas se connecter du tout, quoi que dise leur invitation.
guests-fact-created = Création
guests-fact-created-explain = Quand le compte est apparu dans votre annuaire (vide pour certains comptes antérieurs à juin 2018).
guests-fact-company = Société
guests-fact-company-explain = Tel que saisi dans votre annuaire ; personne ne le vérifie.
guests-fact-job = Poste
guests-fact-job-explain = Tel que saisi dans votre annuaire.
guests-fact-other-mails = Autres adresses e-mail
guests-fact-other-mails-explain = D'autres adresses permettant de trouver la personne.

## Activité de connexion, invitation, sponsors, applications.

guests-sign-ins-no-licence = Non disponible : votre organisation n'a pas de licence Microsoft Entra ID P1 ou P2, nécessaire à l'activité de connexion.
guests-sign-ins-no-permission = Non disponible : Guestlist n'a pas l'autorisation AuditLog.Read.All, nécessaire à l'activité de connexion. Un administrateur peut l'accorder à l'application.
guests-sign-ins-not-given = Non disponible : Microsoft Entra n'a pas fourni l'activité de connexion cette fois-ci. Rechargez la page pour réessayer.
guests-sponsors-unreadable = Ses sponsors n'ont pas pu être lus : { $problem }
guests-invited-by = Invité par { $who } le { $date }, via Guestlist
guests-converted-by = Converti en B2B par { $who } le { $date }, via Guestlist
guests-invited-not-through-guestlist = Pas invité via Guestlist (ou avant le début de son journal d'audit) : le journal d'audit de Microsoft Entra indique qui l'a invité.
guests-app-default-access = Accès par défaut
guests-app-unnamed = Une application

## Pourquoi un compte ne peut pas être bloqué ou supprimé, et ce que vous pouvez faire.

guests-protected-synced = { $who } est synchronisé depuis votre Active Directory local : Microsoft Entra refuse donc de modifier le compte ici. Bloquez-le ou supprimez-le dans Active Directory, et Microsoft Entra Connect reportera la modification.
guests-protected-yourself = C'est votre propre compte : Guestlist ne vous permet pas de vous bloquer ou de vous supprimer vous-même.
guests-protected-admin = { $who } a un rôle d'administrateur (Administrateur général ou Administrateur d'utilisateurs) et est donc administrateur de Guestlist : Guestlist ne bloque ni ne supprime ses propres administrateurs. Faites-le dans le centre d'administration Microsoft Entra si nécessaire.
guests-offers-helpdesk = En tant qu'administrateur du support technique, vous pouvez renvoyer et réinitialiser les invitations ; les autres modifications nécessitent un administrateur.
guests-offers-not-external = Guestlist ne considère pas ce compte comme externe : il n'a ni invitation, ni nom d'utilisateur avec #EXT#, ni identité extérieure.

## Les actions sur un invité.

guests-action-no-id = Graph a renvoyé l'utilisateur sans identifiant.
guests-action-already-allowed = { $who } peut déjà se connecter. Rien n'a été modifié.
guests-action-already-blocked = La connexion de { $who } est déjà bloquée. Rien n'a été modifié.
guests-action-allowed = { $who } peut de nouveau se connecter.
guests-action-allowed-more = Son invitation, ses groupes, ses applications et ses sponsors sont inchangés.
guests-action-blocked = La connexion de { $who } est bloquée.
guests-action-blocked-more = Les sessions déjà ouvertes se terminent à l'expiration de leurs jetons (en général en moins d'une heure). Ses groupes, applications et sponsors sont conservés : autoriser de nouveau la connexion rétablit son accès.
guests-action-delete-unconfirmed = Cochez « Je comprends » pour confirmer la suppression.
guests-action-deleted = { $who } a été supprimé et ne peut plus se connecter.
guests-action-deleted-more = Microsoft conserve les comptes supprimés pendant 30 jours : jusque-là, ils peuvent être restaurés, avec leurs groupes, depuis Invités récemment supprimés. Passé ce délai, ils disparaissent définitivement.
guests-group-this = Ce groupe
guests-group-dynamic = { $group } a une appartenance dynamique : sa règle décide qui en fait partie, les membres ne peuvent donc pas être ajoutés ou retirés à la main. Modifiez plutôt les propriétés de la personne ou la règle.
guests-group-mail-security = { $group } est un groupe de sécurité à extension messagerie : Exchange gère ses membres, Microsoft Graph ne le peut donc pas. Modifiez-le dans le centre d'administration Exchange.
guests-group-distribution = { $group } est une liste de distribution : Exchange gère ses membres. Modifiez-la dans le centre d'administration Exchange.
guests-group-role-assignable = { $group } peut détenir des rôles d'administrateur : seul un administrateur de rôle privilégié peut modifier ses membres, dans le centre d'administration Microsoft Entra.
guests-group-gone = Ce groupe n'existe pas (ou plus). Sélectionnez-le à nouveau.
guests-group-already-member = { $who } est déjà membre de { $group }. Rien n'a été modifié.
guests-group-not-member = { $who } n'est pas membre de { $group }. Rien n'a été modifié.
guests-group-added = { $who } est désormais membre de { $group }.
guests-group-removed = { $who } n'est plus membre de { $group }.
guests-sponsors-too-many = Un invité peut avoir au plus { $most } sponsors ; { $chosen } ont été choisis. Décochez-en quelques-uns.
guests-sponsors-none-left = { $who } se retrouverait sans sponsor : personne ne veillerait sur son accès. Cochez « Retirer tous les sponsors » pour confirmer, ou gardez-en un.
guests-sponsors-unchanged = Les sponsors de { $who } sont déjà ceux-ci. Rien n'a été modifié.
guests-sponsor-not-in-directory = Ce sponsor n'est pas dans votre annuaire. Sélectionnez-le à nouveau.
guests-sponsor-not-in-directory-short = Ce sponsor n'est pas dans votre annuaire.
guests-sponsor-gone = Ce sponsor n'est pas (ou plus) dans votre annuaire. Sélectionnez-le à nouveau.
guests-sponsor-self = { $who } ne peut pas être son propre sponsor.
guests-sponsor-added = { $sponsor } est désormais sponsor de { $who }.
guests-sponsor-add-failed = { $sponsor } n'a pas pu être ajouté : { $problem }
guests-sponsor-named-not-in-directory = { $sponsor } n'est pas dans votre annuaire.
guests-sponsor-removed = { $sponsor } n'est plus sponsor de { $who }.
guests-sponsor-remove-failed = { $sponsor } n'a pas pu être retiré : { $problem }
guests-sponsor-told = Le nouveau sponsor a été prévenu par e-mail.

## Invités récemment supprimés.

guests-deleted-purge-on = { $days ->
    [0] Supprimé définitivement le { $date } (dernier jour pour le restaurer)
    [one] Supprimé définitivement le { $date } ({ $days } jour restant)
   *[other] Supprimé définitivement le { $date } ({ $days } jours restants)
}
guests-deleted-not-found = Cet invité ne figure pas parmi les invités récemment supprimés : il a peut-être déjà été restauré ou supprimé définitivement. Recherchez-le sur la page Invités.
guests-deleted-name-taken = { $who } ne peut pas être restauré : un autre utilisateur porte désormais le nom d'utilisateur { $upn }. Changez le nom de cet utilisateur ou supprimez-le, puis restaurez à nouveau.
guests-deleted-restored = { $who } est restauré.
guests-deleted-restored-more = Microsoft Entra lui a rendu ses appartenances aux groupes ; la personne se connecte comme avant. Vérifiez ses sponsors et ses attributions d'applications sur sa page.
guests-deleted-purge-unconfirmed = { $who } n'a pas été supprimé : cochez « Je comprends que cette action est irréversible » pour le supprimer définitivement.
guests-deleted-purged = { $who } est supprimé définitivement. Il ne peut plus être restauré ; invitez-le de nouveau s'il a besoin d'un accès.

## La page d'un invité.

guests-details-bad-id = Ce n'est pas un utilisateur de cet annuaire. Recherchez-le sur la page Invités.
guests-details-bad-group = Ce groupe n'existe pas. Sélectionnez-le à nouveau.
guests-details-title = Invité
guests-back = Retour aux invités
guests-breadcrumb = Fil d'Ariane
guests-details-gone = Cet invité n'existe plus.
guests-offer-resend = Renvoyer l'invitation…
guests-offer-resend-help = Un nouveau lien d'invitation, sur sa fiche dans l'annuaire.
guests-offer-reset = Réinitialiser l'utilisation de l'invitation…
guests-offer-reset-help = La personne accepte à nouveau, avec la même adresse e-mail ou (administrateurs) une nouvelle.
guests-offer-user-type = Changer le type d'utilisateur…
guests-offer-user-type-help = Membre ou Invité, après les questions de Microsoft.
guests-offer-mail = Changer l'adresse e-mail…
guests-offer-mail-help = Où Microsoft envoie ses invitations.
guests-offer-sponsors = Modifier les sponsors…
guests-offer-sponsors-help = Qui veille sur son accès (cinq au plus).
guests-offer-groups = Ajouter à un groupe…
guests-offer-groups-help = Rechercher un groupe par son nom.
guests-offer-delete = Supprimer…
guests-offer-delete-help = Restaurable pendant 30 jours.
guests-offer-block-help = Les comptes bloqués ne peuvent pas se connecter ; leurs groupes, applications et sponsors sont conservés.
guests-details-no-sponsor = Aucun sponsor : personne n'est désigné pour veiller sur son accès.
guests-details-sponsored-by = tous les invités dont { $name } est sponsor
guests-details-no-groups = Membre d'aucun groupe.
guests-details-remove-from = Retirer de { $group }
guests-details-more-groups = La personne appartient à plus de groupes qu'affichés ici : le centre d'administration Microsoft Entra les liste tous.
guests-details-roles = Rôles d'annuaire : { $roles }.
guests-details-no-apps = Aucune attribution d'application.
guests-details-app = Application
guests-details-app-role = Rôle
guests-details-app-since = Depuis
guests-details-no-audit = Guestlist n'a encore rien fait concernant cette personne.
guests-details-audit-when = Quand
guests-details-audit-who = Qui
guests-details-audit-what = Quoi
guests-details-audit-outcome = Résultat
guests-details-actions = Ce que vous pouvez faire
guests-details-properties = Propriétés
guests-details-invitation = Invitation
guests-details-sign-ins = Activité de connexion
guests-details-groups = Groupes
guests-details-apps = Applications
guests-details-audit = Dans le journal d'audit de Guestlist
guests-linked-group = { $name } (groupe)
guests-sign-ins-never = Jamais connecté : Microsoft Entra n'enregistre aucune connexion pour cette personne (ou aucune depuis avril 2020).
guests-sign-ins-interactive = Dernière connexion interactive
guests-sign-ins-interactive-help = La personne a saisi un mot de passe ou un code, ou approuvé une demande (les tentatives échouées comptent aussi).
guests-sign-ins-non-interactive = Dernière connexion non interactive
guests-sign-ins-non-interactive-help = Une application a renouvelé sa session sans elle (Teams, Outlook…) : elle l'utilise encore.
guests-sign-ins-successful = Dernière connexion réussie
guests-sign-ins-successful-help = La dernière connexion qui a fonctionné (enregistrée depuis décembre 2023).
guests-details-no-such-page = Cette page n'existe pas. Choisissez une action sur la page de l'invité.

## Ajouter à un groupe, les sponsors, supprimer.

guests-groups-add-to = Ajouter à { $group }
guests-groups-already-member = Déjà membre
guests-groups-title = Ajouter { $name } à un groupe
guests-groups-lead = Les membres d'un groupe reçoivent ce que le groupe donne : l'accès à ses applications, sites et équipes. Les groupes à appartenance dynamique, les listes de distribution et les groupes détenant des rôles d'administrateur ne peuvent pas être modifiés ici.
guests-groups-q = Nom du groupe
guests-groups-q-help = Le début du nom suffit.
guests-groups-find = Rechercher des groupes
guests-groups-group = Groupe
guests-groups-action = Action
guests-sponsors-title = Sponsors de { $name }
guests-sponsors-lead = Les sponsors sont les personnes (ou groupes) qui veillent sur l'accès d'un invité : lors des revues, on leur demande si l'invité en a encore besoin. Cinq au plus.
guests-sponsors-q = Rechercher une personne ou un groupe à ajouter
guests-sponsors-q-help = Le début d'un nom ou d'une adresse e-mail ; cochez-les ensuite ci-dessous.
guests-sponsors-find = Rechercher
guests-sponsors-after = Sponsors après l'enregistrement (cochez-en cinq au plus)
guests-sponsors-remove-all = Retirer tous les sponsors
guests-sponsors-remove-all-help = Uniquement si plus personne ne doit veiller sur cet invité : sans cette case, Guestlist en conserve au moins un.
guests-sponsors-save = Enregistrer les sponsors
guests-delete-done-title = Supprimé
guests-delete-title = Supprimer { $name }
guests-delete-loses-access = { $name } ne peut plus se connecter et perd l'accès à tout ce qui lui a été donné : groupes, applications, équipes et sites.
guests-delete-restorable = Microsoft conserve le compte supprimé pendant 30 jours : jusque-là, il peut être restauré, avec ses appartenances aux groupes, depuis Invités récemment supprimés. Après 30 jours, il disparaît définitivement.
guests-delete-block-instead = Pour l'empêcher de se connecter pour l'instant, bloquer la connexion est plus doux : rien n'est perdu.
guests-delete-confirm = Je comprends
guests-delete-confirm-help = Le compte est supprimé immédiatement ; il peut être restauré pendant 30 jours.
guests-delete-keep = Le conserver : retour à sa page

## La page Invités récemment supprimés.

guests-deleted-bad-id = Ce n'est pas un invité supprimé. Choisissez-en un sur la page Invités récemment supprimés.
guests-deleted-lead = Microsoft Entra conserve un utilisateur supprimé pendant { $days } jours, puis le supprime définitivement. Jusque-là, vous pouvez le restaurer : il revient avec ses appartenances aux groupes et se connecte comme avant.
guests-deleted-none = Aucun utilisateur externe n'a été supprimé au cours des { $days } derniers jours.
guests-deleted-summary-more = Les { $count } utilisateurs externes supprimés le plus récemment ; d'autres ont été supprimés.
guests-deleted-summary = { $count ->
    [one] { $count } utilisateur externe a été supprimé au cours des { $days } derniers jours.
   *[other] { $count } utilisateurs externes ont été supprimés au cours des { $days } derniers jours.
}
guests-deleted-restore = Restaurer { $name }
guests-deleted-purge-link = Supprimer { $name } définitivement…
guests-deleted-address = E-mail ou nom d'utilisateur
guests-deleted-on = Supprimé le
guests-deleted-until = Restaurable jusqu'au
guests-deleted-actions = Actions
guests-deleted-back = Voir les invités récemment supprimés
guests-deleted-purge-title = Supprimer { $name } définitivement
guests-deleted-cannot-undo = Cette action est irréversible
guests-deleted-removed-at-once = { $name } est retiré de Microsoft Entra immédiatement, au lieu du { $date }.
guests-deleted-nobody-can-restore = Personne ne pourra le restaurer ensuite : ni vous, ni Microsoft. Ses appartenances aux groupes et ses attributions d'applications disparaissent avec lui.
guests-deleted-invite-again = S'il a de nouveau besoin d'un accès plus tard, invitez-le à nouveau : il repart comme un nouvel invité.
guests-deleted-confirm = Je comprends que cette action est irréversible
guests-deleted-confirm-help = Sans cette case cochée, rien n'est supprimé.
guests-deleted-keep = Le conserver et revenir à la liste
