# L’annuaire : la recherche, la carte « Collaboration B2B » d’une personne et les actions associées.

## Comment quelqu’un se connecte (un fournisseur d’identité en mots).

directory-provider-entra = un compte professionnel ou scolaire d’une autre organisation Microsoft Entra
directory-provider-google = un compte Google
directory-provider-microsoft = un compte Microsoft personnel
directory-provider-mail = un code à usage unique envoyé par e-mail
directory-provider-facebook = un compte Facebook
directory-provider-other = le fournisseur d’identité propre à son organisation ({ $issuer })

## Types d’utilisateur (Member et Guest dans Graph).

directory-user-type-member = Membre
directory-user-type-guest = Invité

## La ligne de la carte.

directory-your-organisation = de votre organisation
directory-state-not-invited = Non invité — se connecte avec un compte { $organisation }
directory-state-pending-since = Invitation en attente depuis le { $since }
directory-state-pending = Invitation en attente
directory-state-accepted = Acceptée
directory-state-accepted-on = Acceptée le { $on }
directory-state-accepted-with = Acceptée, se connecte avec { $provider }
directory-state-accepted-on-with = Acceptée le { $on }, se connecte avec { $provider }

## Ce que fait la réinitialisation de l’échange.

directory-reset-before-provider = { $name } ne peut plus se connecter avec { $provider } tant que la nouvelle invitation n’est pas acceptée. Tout lien d’invitation antérieur cesse de fonctionner.
directory-reset-before-account = { $name } ne peut plus se connecter avec son compte actuel tant que la nouvelle invitation n’est pas acceptée.
directory-reset-before-link = Le lien d’invitation dont dispose { $name } cesse de fonctionner.
directory-reset-to-new = Microsoft envoie une nouvelle invitation par e-mail à la nouvelle adresse, { $address }.
directory-reset-to = Microsoft envoie une nouvelle invitation par e-mail à { $address }.
directory-reset-accepts = Lorsque { $name } accepte, la connexion se fait avec le compte associé à { $address } — ou, si cette adresse n’a pas de compte, avec un code à usage unique envoyé à cette adresse.
directory-reset-stays = Ses groupes, applications, sponsors et nom d’utilisateur ({ $upn }) restent inchangés ; seul le compte de connexion change.

## Ce que fait un changement de type d’utilisateur.

directory-to-member-permissions = { $name } obtient les autorisations d’un membre : tout votre annuaire — personnes, groupes et applications — devient lisible, comme pour votre propre personnel.
directory-to-member-settings = Les paramètres des invités ne s’appliquent plus : restrictions d’accès des invités, stratégies d’accès conditionnel pour les invités et les utilisateurs externes, et révisions d’accès des invités.
directory-to-member-licensing = Licences : les membres sont soumis aux mêmes licences que votre personnel et peuvent donc avoir besoin d’une licence pour les applications qu’ils utilisent.
directory-to-guest-permissions = { $name } obtient les autorisations d’un invité : par défaut, une vue limitée de votre annuaire — son propre profil et seulement les informations de base des autres, pas la liste complète des personnes, groupes et applications.
directory-to-guest-settings = Les paramètres des invités s’appliquent : restrictions d’accès des invités, stratégies d’accès conditionnel pour les invités et les utilisateurs externes, et révisions d’accès des invités.
directory-to-guest-licensing = Licences : les utilisateurs externes de type Invité sont facturés au nombre d’utilisateurs actifs mensuels (MAU) dans Microsoft Entra External ID.
directory-type-upn-stays = Son nom d’utilisateur reste { $upn } : changer le type d’utilisateur ne le modifie pas.
directory-type-sign-in-stays = Sa façon de se connecter ne change pas ({ $state }).
directory-type-groups-stay = Ses groupes, applications et sponsors restent inchangés.

## Réponses et refus des actions.

directory-not-a-user = Ce n’est pas un utilisateur de cet annuaire. Recherchez la personne sur la page Annuaire.
directory-no-valid-id = L’utilisateur n’a pas d’identifiant valide.
directory-resend-not-pending = { $name } n’a pas d’invitation en attente : { $state }. Utilisez « Réinitialiser l’échange » pour lui permettre d’accepter à nouveau.
directory-resend-heading = Nouveau lien d’invitation pour { $name }
directory-resend-nothing-sent = Microsoft n’envoie pas d’e-mail à une adresse déjà invitée, rien n’a donc été envoyé : transmettez vous-même ce lien à { $name } ou envoyez-le depuis Guestlist.
directory-resend-accept = Après ouverture et acceptation, la connexion se fait avec le compte associé à { $address }.
directory-address-taken = { $address } appartient déjà à { $name } ({ $upn }) dans votre annuaire, et une adresse ne peut appartenir qu’à une seule personne. Vérifiez l’adresse ou modifiez d’abord l’autre compte.
directory-mail-refused = Microsoft Entra a refusé de modifier l’adresse de { $name }. Lorsqu’un compte a une boîte aux lettres Exchange, c’est Exchange qui gère son adresse : modifiez-la plutôt dans le centre d’administration Exchange (Destinataires, puis Boîtes aux lettres). { $message }
directory-synced-refusal = { $name } est synchronisé depuis votre Active Directory local, Microsoft Entra ne peut donc pas le modifier : modifiez-le dans Active Directory, et Microsoft Entra Connect reportera la modification.
directory-reset-never-invited = { $name } n’a jamais été invité, il n’y a donc pas d’échange à réinitialiser : la connexion se fait avec un compte de votre organisation. Pour passer à la collaboration B2B, utilisez « Convertir en utilisateur externe ».
directory-reset-admin-only = Seul un administrateur peut réinitialiser { $name } vers une nouvelle adresse e-mail, car cela modifie son adresse. Laissez l’adresse vide pour envoyer la nouvelle invitation à { $address }.
directory-reset-heading = Échange réinitialisé pour { $name }
directory-reset-failed = L’échange n’a pas été réinitialisé : { $error }
directory-reset-app-denied = Guestlist réinitialise avec sa propre autorisation d’application (GUESTLIST_INVITE_CREDENTIAL=application), et Microsoft la refuse pour toute personne ayant un rôle d’administrateur. Un administrateur peut réinitialiser { $name } dans le centre d’administration Microsoft Entra avec son propre compte.
directory-reset-mail-changed = L’adresse e-mail a déjà été remplacée par { $address } : réessayez « Réinitialiser l’échange » en laissant le champ d’adresse vide.
directory-type-already = { $name } est déjà de type { $user_type }. Rien n’a été modifié.
directory-type-answer-all = Répondez d’abord à chacune des quatre questions.
directory-type-unchanged = Rien n’a été modifié. Microsoft recommande de changer le type d’utilisateur uniquement lorsque la relation d’une personne avec votre organisation change : il indique si { $name } fait partie de votre organisation, pas comment la connexion se fait.
directory-type-confirm = Cochez « J’ai lu ce qui change » pour confirmer.
directory-type-done = { $name } est maintenant de type { $user_type }.
directory-type-next-upn = Ensuite : modifiez son nom d’utilisateur ({ $upn }) dans le centre d’administration Microsoft Entra (Utilisateurs, puis { $name }, puis Modifier les propriétés). Guestlist ne le modifie pas.
directory-type-next-access = Ensuite : vérifiez ses groupes et applications, et retirez ce qu’il ne devrait plus avoir.
directory-type-next-mailbox = Ensuite : attribuez une licence Exchange Online dans le centre d’administration Microsoft 365 pour créer sa boîte aux lettres.
directory-mail-not-external = { $name } n’est pas un utilisateur externe : son adresse appartient à votre organisation et se modifie dans le centre d’administration Microsoft 365. Pour passer à la collaboration B2B, utilisez « Convertir en utilisateur externe », qui définit d’abord son adresse externe.
directory-mail-same = { $address } est déjà l’adresse de { $name }. Rien n’a été modifié.
directory-mail-done = L’adresse e-mail de { $name } est maintenant { $address }.
directory-mail-sign-in-stays = La façon de se connecter ne change pas : la personne continue à se connecter avec le compte utilisé pour accepter l’invitation. Pour qu’elle se connecte avec le compte de la nouvelle adresse, réinitialisez son échange.

## La page de recherche.

directory-title = Annuaire
directory-lead = Trouvez n’importe qui dans votre annuaire — personnel, invités, comptes internes de partenaires — et voyez où en est sa collaboration B2B : a-t-il été invité, et avec quel compte se connecte-t-il.
directory-search-label = Nom, adresse e-mail ou nom d’utilisateur
directory-search-help = Le début d’un mot suffit, par exemple « oli » ou « olivia.chen@ ».
directory-no-match = Aucun résultat pour « { $searched } ». Essayez le début du prénom, du nom ou de l’adresse e-mail.
directory-matches-more = Les { $count } premiers résultats. Saisissez davantage du nom ou de l’adresse pour affiner.
directory-matches = { $count ->
    [one] { $count } résultat.
   *[other] { $count } résultats.
}
directory-col-name = Nom
directory-col-upn = Nom d’utilisateur
directory-col-mail = Adresse e-mail
directory-col-user-type = Type d’utilisateur
directory-col-b2b = Collaboration B2B
directory-back = Rechercher dans l’annuaire
directory-breadcrumb = Fil d’Ariane
directory-no-such-page = Cette page n’existe pas. Recherchez la personne dans l’annuaire et choisissez une action sur sa carte.

## La page d’une personne.

directory-resend-button = Renvoyer l’invitation
directory-resend-help = Un nouveau lien d’invitation à transmettre ou à envoyer depuis Guestlist : Microsoft n’envoie pas deux fois d’e-mail à la même adresse.
directory-reset-link = Réinitialiser l’échange…
directory-reset-link-help = La personne accepte à nouveau — avec la même adresse e-mail ou une nouvelle — puis se connecte avec le compte de cette adresse.
directory-type-link = Changer le type d’utilisateur en { $user_type }…
directory-type-link-help = Indique si la personne fait partie de votre organisation. Les questions de Microsoft viennent d’abord.
directory-mail-link = Modifier l’adresse e-mail…
directory-mail-link-help = Où Microsoft envoie ses invitations et notifications.
directory-convert-link = Convertir en utilisateur externe…
directory-convert-link-help = La personne se connecte alors avec le compte de sa propre organisation et conserve ses groupes et applications.
directory-synced-note = Ce compte est synchronisé depuis votre Active Directory local : son type d’utilisateur et son adresse e-mail se modifient là-bas.
directory-company = Entreprise
directory-job-title = Fonction
directory-sign-in = Connexion
directory-sign-in-allowed = Autorisée
directory-sign-in-blocked = Bloquée
directory-created = Créé le
directory-synced = Synchronisé depuis l’environnement local
directory-mailbox = Boîte aux lettres
directory-mailbox-yes = Oui (Exchange Online)
directory-yes = Oui
directory-no = Non

## Les pages d’action.

directory-action-title = { $title } — { $name }
directory-reset-title = Réinitialiser l’échange
directory-reset-current-address = son adresse actuelle
directory-reset-state = { $name } : { $state }
directory-reset-lead = Réinitialiser l’échange permet d’accepter à nouveau l’invitation : par exemple après un départ vers une autre entreprise, une perte d’accès au compte, ou pour utiliser une autre adresse. Le compte dans votre annuaire est conservé, avec tout ce qu’il possède.
directory-reset-experience = Ce que { $name } va vivre
directory-reset-new-address-help = Avec une nouvelle adresse ci-dessous, l’invitation y est envoyée à la place, et la personne accepte avec le compte de la nouvelle adresse.
directory-reset-field = Nouvelle adresse e-mail (facultatif)
directory-reset-field-help = Laissez vide pour envoyer la nouvelle invitation à { $address }. Une nouvelle adresse devient d’abord son adresse e-mail, comme Microsoft l’exige, et fait l’objet des mêmes vérifications qu’une invitation.
directory-type-title = Changer le type d’utilisateur en { $user_type }
directory-type-state = { $name } est actuellement de type { $user_type }. { $state }.
directory-type-lead = Le type d’utilisateur indique si une personne fait partie de votre organisation (Membre) ou est un collaborateur extérieur (Invité). Il ne change pas sa façon de se connecter. Microsoft recommande de répondre d’abord à ces questions.
directory-type-q-relationship = La relation de { $name } avec votre organisation a-t-elle changé ?
directory-type-a-relationship-changed = Oui — par exemple, la personne a rejoint votre personnel, ou l’a quitté pour travailler chez un partenaire
directory-type-q-upn = Son nom d’utilisateur ({ $upn }) doit-il changer ?
directory-type-a-upn-keep = Non, le conserver
directory-type-a-upn-change = Oui — je le modifierai ensuite dans le centre d’administration Microsoft Entra (changer le type d’utilisateur ne le fait pas)
directory-type-q-access = La personne doit-elle conserver l’accès aux mêmes groupes et applications ?
directory-type-a-access-keep = Oui, tout conserver
directory-type-a-access-review = Non — je vérifierai ses groupes et applications ensuite
directory-type-q-mailbox = La personne doit-elle avoir une boîte aux lettres ?
directory-type-a-mailbox-yes = Oui — je lui attribuerai ensuite une licence Exchange Online
directory-type-what-changes = Ce qui change
directory-type-confirm-label = J’ai lu ce qui change
directory-type-confirm-help = Guestlist change alors le type d’utilisateur en { $user_type } ; rien d’autre ne change.
directory-mail-title = Modifier l’adresse e-mail
directory-mail-not-set = non définie
directory-mail-state = L’adresse e-mail de { $name } est { $address }.
directory-mail-lead = Microsoft envoie les invitations et notifications à cette adresse. Pour un utilisateur externe, elle ne change pas sa façon de se connecter ; pour qu’il se connecte avec le compte d’une nouvelle adresse, réinitialisez plutôt son échange avec cette adresse.
directory-mail-mailbox-alert = Ce compte a une boîte aux lettres Exchange Online : c’est donc Exchange qui gère son adresse, et Microsoft Entra refusera la modification. Modifiez-la plutôt dans le centre d’administration Exchange (Destinataires, puis Boîtes aux lettres).
directory-mail-field = Nouvelle adresse e-mail
directory-mail-field-help = Les mêmes vérifications que pour une invitation : pas de « + » ni de caractères similaires, aucun domaine de votre organisation, aucun domaine bloqué, et pas déjà l’adresse de quelqu’un d’autre.
