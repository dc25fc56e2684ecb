# Le cadre de la page (en-tête, navigation, menu des langues, bandeau du bac à sable), la page
# d’accueil, la connexion et les erreurs propres à l’application.

shell-skip-link = Aller au contenu principal
shell-nav-label = Navigation principale
shell-sign-in = Se connecter
shell-sign-out = Se déconnecter

## Le menu des langues dans l’en-tête.

shell-language-label = Langue
shell-language-change = Changer de langue

## Le bandeau du bac à sable. { $mailbox } est le lien « boîte aux lettres du bac à sable ».

shell-sandbox-label = Locataire bac à sable
shell-sandbox-title = Locataire bac à sable.
shell-sandbox-text = Vous utilisez un locataire Microsoft Entra simulé qui fonctionne sur cette machine. Rien ne quitte cet ordinateur : les invitations et les e-mails arrivent dans la { $mailbox } au lieu d’être envoyés à de vraies personnes.
shell-sandbox-mailbox = boîte aux lettres du bac à sable

## Une page qui n’existe pas. { $link } est le lien « Aller à la page d’accueil ».

shell-not-found-title = Page introuvable
shell-not-found-text = Il n’y a aucune page à cette adresse. { $link }.
shell-not-found-home = Aller à la page d’accueil

## La navigation : le nom de chaque page et une phrase pour la page d’accueil.

shell-nav-home = Accueil
shell-nav-home-summary = Voyez sous quel compte vous êtes connecté et ce que vous pouvez faire.
shell-nav-my-guests = Mes invités
shell-nav-my-guests-summary = Les invités dont vous êtes le sponsor, avec ce qu’il vous faut pour décider s’ils ont encore besoin d’accès : conserver, prolonger, mettre fin ou transmettre.
shell-nav-dashboard = Tableau de bord
shell-nav-dashboard-summary = Voyez combien d’utilisateurs externes il y a et où ils en sont, chaque chiffre menant à exactement ces personnes.
shell-nav-continuity = Continuité des sponsors
shell-nav-continuity-summary = Trouvez les invités dont les sponsors sont partis ou manquent, et confiez-les à un successeur (le responsable de la personne partie, ou celui qui les a invités).
shell-nav-reviews = Revues d’accès
shell-nav-reviews-summary = Menez des campagnes de revue dans lesquelles les sponsors confirment que leurs invités ont encore besoin d’accès, et gérez les règles de cycle de vie appliquées chaque jour — chaque changement prévisualisé, plafonné et réversible.
shell-nav-guests = Invités
shell-nav-guests-summary = Tous les utilisateurs externes dans une liste : filtrer, en ouvrir un pour les détails, agir sur plusieurs à la fois, exporter la vue.
shell-nav-invite = Inviter
shell-nav-invite-summary = Invitez une personne extérieure à l’organisation en tant qu’invité (ou demandez-le à un approbateur si vous ne pouvez pas inviter vous-même).
shell-nav-my-requests = Mes demandes
shell-nav-my-requests-summary = Vos demandes d’invitation d’invités, et les réponses des approbateurs.
shell-nav-approvals = Approbations
shell-nav-approvals-summary = Approuvez ou refusez en un clic les demandes d’invitation de vos collègues.
shell-nav-bulk-invite = Invitation en masse
shell-nav-bulk-invite-summary = Invitez de nombreuses personnes à la fois à partir d’un fichier CSV ou d’une liste collée (ou demandez-le à un approbateur) : voyez ce qui arrivera à chaque ligne avant tout envoi.
shell-nav-directory = Annuaire
shell-nav-directory-summary = Trouvez n’importe qui dans l’annuaire, consultez son statut de collaboration B2B, renvoyez ou réinitialisez une invitation, changez son type d’utilisateur ou son adresse e-mail.
shell-nav-convert = Convertir
shell-nav-convert-summary = Passez en B2B les comptes internes de partenaires, pour qu’ils se connectent avec le compte de leur propre organisation et conservent leur accès.
shell-nav-audit = Journal
shell-nav-audit-summary = Voyez chaque tentative d’invitation : qui, quand, pour qui et ce qui s’est passé.
shell-nav-settings = Paramètres
shell-nav-settings-summary = Définissez les règles des partenaires par domaine et qui approuve les demandes, et consultez les paramètres du locataire et toute version antérieure.
shell-nav-rules = Règles
shell-nav-rules-summary = Décidez quels groupes et rôles d’application les inviteurs peuvent donner à leurs invités.

## La page d’accueil.

shell-home-title = Accueil
shell-welcome-title = Bienvenue
shell-welcome-heading = L’accès des invités, en toute rigueur
shell-welcome-lead = Guestlist aide votre organisation à inviter des personnes extérieures en tant qu’invités, à savoir qui les parraine et à retirer les accès qui ne sont plus nécessaires.
shell-welcome-sign-in-text = Connectez-vous avec votre compte professionnel pour continuer.
shell-home-hello = Bonjour { $name }
shell-home-admin-lead = Vous êtes { $role } : { $description }
shell-home-role = { $role } : { $description }
shell-home-signed-in = Vous êtes connecté en tant que { $account }.
shell-home-signed-in-with-email = Vous êtes connecté en tant que { $account } ({ $email }).
shell-home-roles = Vos rôles
shell-home-places = Ce que vous pouvez faire ici

## Ce que signifie chaque rôle, sur la page d’accueil.

shell-role-admin = Vous gérez l’accès des invités pour toute l’organisation : tous les invités, les paramètres et le journal.
shell-role-inviter = Vous pouvez inviter des personnes extérieures à l’organisation en tant qu’invités.
shell-role-helpdesk = Vous voyez tous les invités et leurs détails, et pouvez renvoyer ou réinitialiser leurs invitations lorsqu’ils n’arrivent pas à se connecter.
shell-role-sponsor = Vous pouvez vous occuper des invités dont vous êtes le sponsor : voir qui ils sont et s’ils ont encore besoin d’accès.

## Erreurs.

shell-no-tenant-mode = Le serveur n’a pas indiqué quel locataire il utilise.
shell-transport-error = Le portail n’a pas répondu correctement ({ $detail }). Vérifiez votre connexion et réessayez.
