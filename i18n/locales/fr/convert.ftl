# Convertir des comptes internes en B2B : l’assistant pour un compte, et les lots.

## Les vérifications (un titre, ce qu’il signifie et ce qu’il faut faire).

convert-not-an-account = Ce n’est pas un compte de cet annuaire. Recherchez-le sur la page Convertir.
convert-not-an-account-short = Ce n’est pas un compte de cet annuaire.
convert-batch-none-ticked = Cochez au moins un compte à convertir.
convert-batch-too-many = { $max } comptes au maximum à la fois ; cochez-en moins.
convert-pick-language = Choisissez une langue dans la liste.
convert-sign-in-password = le nom d’utilisateur et le mot de passe de cette organisation
convert-sign-in-way = { $way } ({ $issuer })
convert-already-invited-title = Déjà invité en B2B
convert-already-invited = { $name } se connecte déjà, ou a été invité à se connecter, avec un compte externe (état : { $state }). Un compte n’est converti qu’une seule fois. Pour envoyer un nouveau lien à { $name }, ou lui permettre d’accepter à nouveau avec un autre compte, renvoyez plutôt l’invitation ou réinitialisez l’échange.
convert-on-premises-upn-title = Synchronisé par Entra Connect avec un nom d’utilisateur local
convert-on-premises-upn = Ce compte provient de votre Active Directory local, et Microsoft Entra Connect a écrit son nom d’utilisateur local ({ $upn }) dans onPremisesUserPrincipalName, comme le fait l’une de ses règles de synchronisation par défaut pour chaque utilisateur. Comme cet attribut peut empêcher une personne de se connecter avec un compte externe, Microsoft ne convertit pas les comptes qui le portent. Pour convertir { $name } : dans l’éditeur de règles de synchronisation d’Entra Connect, ajoutez une règle sortante vers Microsoft Entra ID prioritaire sur celle par défaut et qui n’écrit plus onPremisesUserPrincipalName pour ce compte (Microsoft recommande une règle à vous plutôt que de modifier celle par défaut, que les mises à niveau écrasent), lancez un cycle de synchronisation, puis vérifiez à nouveau ici.
convert-synced-title = Synchronisé depuis l’environnement local
convert-synced = Votre Active Directory local reste la source de référence pour le compte de { $name } : les modifications qui y sont faites écrasent le cloud, et supprimer le compte local (ou le sortir de l’étendue synchronisée) supprime ce compte cloud avec son accès B2B. Pour empêcher { $name } de se connecter en local, définissez le mot de passe local sur une longue valeur inconnue au lieu de supprimer le compte.
convert-roles-title = Détient des rôles d’administrateur
convert-roles = { $name } détient ces rôles dans votre annuaire : { $roles }. Ils restent attachés au compte après la conversion, et quiconque contrôle alors le compte de { $name } dans sa propre organisation les détient. Retirez les rôles dont { $name } n’a plus besoin.
convert-a-directory-role = un rôle d’annuaire
convert-own-domain-title = L’adresse est sur votre propre domaine
convert-own-domain = { $domain } est un domaine vérifié de votre organisation. B2B signifie que { $name } se connecte avec un compte d’une autre organisation : l’adresse doit donc lui appartenir (par exemple l’adresse de { $name } dans sa propre entreprise), et non à votre locataire. Saisissez son adresse externe et vérifiez à nouveau.
convert-address-unusable-title = L’adresse ne peut pas être utilisée
convert-address-unusable = L’adresse ne peut pas être utilisée : { $error }.
convert-address-taken-title = Un autre compte utilise cette adresse
convert-address-taken = { $name } ({ $upn }) a déjà { $address }. Une adresse appartient à un seul compte : utilisez une autre adresse, ou retirez-la d’abord de ce compte.
convert-no-address-title = Aucune adresse externe
convert-no-address = Le compte n’a pas d’adresse e-mail. Saisissez l’adresse dans sa propre organisation avec laquelle la personne se connectera, puis vérifiez-la.
convert-mailbox-title = L’adresse e-mail appartient à une boîte aux lettres Exchange
convert-mailbox-blocker = Microsoft ne convertit un compte que si son adresse e-mail (mail) est l’adresse externe. { $name } a une boîte aux lettres Exchange Online : c’est donc Exchange qui gère cette adresse, et Guestlist ne peut pas la modifier. Remplacez l’adresse e-mail principale par { $address } dans le centre d’administration Exchange (Destinataires → Boîtes aux lettres → { $name } → Adresses e-mail), ou, si la boîte aux lettres n’est plus utile, retirez sa licence Exchange Online ; puis vérifiez à nouveau ici.
convert-mail-on-premises-title = L’adresse e-mail provient de l’environnement local
convert-mail-on-premises = Microsoft ne convertit un compte que si son adresse e-mail (mail) est l’adresse externe. L’adresse de { $name } est synchronisée depuis votre Active Directory local : définissez-y l’attribut mail sur { $address }, lancez un cycle de synchronisation, puis vérifiez à nouveau ici.

## Pourquoi une conversion n’a pas été faite.

convert-form-blocked = { $name } ne peut pas encore être converti : { $blockers }. Chaque point est expliqué ci-dessous avec sa solution.
convert-form-set-mail = Microsoft ne convertit { $name } que si l’adresse e-mail (mail) est { $address }. Cochez « Définir l’adresse e-mail sur l’adresse externe », ou utilisez l’adresse actuelle de { $name }.
convert-form-cc = Le destinataire en copie n’est pas une adresse e-mail valide. Corrigez-la ou laissez le champ vide.
convert-mail-refused = Microsoft a refusé de remplacer l’adresse e-mail de { $name } par { $address } : l’adresse d’un compte avec une boîte aux lettres Exchange se gère dans Exchange, et celle d’un compte synchronisé dans votre annuaire local. Modifiez-la là-bas (centre d’administration Exchange → Destinataires → Boîtes aux lettres → { $display_name } → Adresses e-mail), puis vérifiez à nouveau. Rien n’a été envoyé. ({ $error })
convert-mail-failed = L’adresse e-mail de { $name } n’a pas pu être définie, rien n’a donc été envoyé : { $error }
convert-password-failed = La réinitialisation du mot de passe de { $name } a échoué : { $error } L’ancien mot de passe fonctionne toujours ; réinitialisez-le dans le centre d’administration Microsoft Entra (Utilisateurs → { $display_name } → Réinitialiser le mot de passe).
convert-password-failed-app = La réinitialisation du mot de passe de { $name } a échoué : { $error } Guestlist agit avec sa propre autorisation d’application (GUESTLIST_INVITE_CREDENTIAL=application), et Microsoft ne permet à une application de réinitialiser des mots de passe que si elle détient elle-même le rôle Administrateur d’utilisateurs dans Microsoft Entra. L’ancien mot de passe fonctionne toujours ; réinitialisez-le dans le centre d’administration Microsoft Entra (Utilisateurs → { $display_name } → Réinitialiser le mot de passe).
convert-password-failed-delegated = La réinitialisation du mot de passe de { $name } a échoué : { $error } Réinitialiser un mot de passe nécessite le rôle Administrateur d’utilisateurs dans Microsoft Entra (Administrateur d’authentification privilégié ou Administrateur général si { $name } détient un rôle d’administrateur), et Guestlist a besoin de l’autorisation User-PasswordProfile.ReadWrite.All avec consentement administrateur. L’ancien mot de passe fonctionne toujours ; réinitialisez-le dans le centre d’administration Microsoft Entra (Utilisateurs → { $display_name } → Réinitialiser le mot de passe).
convert-invitation-refused = Microsoft n’a pas converti { $name } : { $error }
convert-invitation-refused-role = Microsoft n’a pas converti { $name } : { $error } Convertir un compte nécessite le rôle Administrateur d’utilisateurs (ou supérieur) dans Microsoft Entra.

## La page de résultat.

convert-heading = Conversion lancée
convert-heading-password-failed = Conversion lancée, mais la réinitialisation du mot de passe a échoué
convert-heading-type-failed = Conversion lancée, mais la définition du type d’utilisateur a échoué
convert-heading-both-failed = Conversion lancée, mais la réinitialisation du mot de passe et la définition du type d’utilisateur ont échoué
convert-done-nothing-until = Rien ne change tant que { $name } n’a pas accepté. Lorsque { $name } ouvre le lien et se connecte avec son compte { $domain } ({ $address }), le compte commence à se connecter en externe.
convert-done-keeps = { $name } conserve le même identifiant d’objet ({ $id }), le même nom d’utilisateur ({ $upn }), ses appartenances aux groupes et ses attributions d’applications ; seule la façon de se connecter change.
convert-done-domain = { $name } doit accepter avec un compte de { $domain }, le domaine de l’adresse e-mail : avec un autre compte, des services comme Teams ne peuvent pas le connecter.
convert-done-one-way = Dès lors, { $name } utilise ce compte externe pour les applications cloud de votre organisation. C’est irréversible : la connexion externe ne peut pas être retirée ; l’annuler implique de supprimer puis de recréer le compte.
convert-done-password-reset = Le mot de passe de { $name } a été réinitialisé sur une valeur aléatoire que personne ne connaît : l’ancien mot de passe ne fonctionne plus, et tant que { $name } n’a pas accepté, le compte ne peut pas être utilisé.
convert-done-password-on-premises = Le mot de passe local de { $name } continue de fonctionner en local. Définissez-le sur une longue valeur inconnue dans Active Directory si { $name } ne doit plus l’utiliser.
convert-done-password-kept = Le mot de passe actuel de { $name } continue de fonctionner (y compris pour les ressources locales) jusqu’à ce que vous le réinitialisiez.
convert-done-guest = Le type d’utilisateur de { $name } est maintenant Invité : facturé comme utilisateur externe (utilisateurs actifs mensuels) et avec les autorisations d’invité dans l’annuaire.
convert-done-guest-failed = La définition du type d’utilisateur de { $name } sur Invité a échoué : { $error } Modifiez-le sur la page Annuaire de { $name }.
convert-done-type-stays-guest = Le type d’utilisateur de { $name } reste Invité : la conversion ne le modifie pas.
convert-done-type-stays = Le type d’utilisateur de { $name } reste { $user_type } : la conversion ne le modifie pas. Pour une facturation aux utilisateurs actifs mensuels, définissez-le sur Invité sur la page Annuaire.
convert-done-teams = Dans Microsoft Teams, { $name } doit d’abord ouvrir { $url } pour que Teams ouvre votre organisation plutôt que la sienne.

## Lots.

convert-batch-open-assistant = Pour donner une adresse externe à { $name }, ouvrez l’assistant pour { $name }.
convert-batch-action-invited = Rien : déjà invité ({ $state }). Renvoyez ou réinitialisez sur la page Annuaire de { $name }.
convert-batch-action-send = Envoyer l’invitation B2B à { $address } ; { $name } conserve le compte, ses groupes et ses applications.
convert-batch-action-blocked = Rien tant que les blocages ne sont pas résolus.
convert-batch-mailed = Conversion en cours : Microsoft a envoyé l’invitation à { $address } ; le compte change lorsque { $name } accepte.
convert-batch-link = Conversion en cours : transmettez le lien ci-dessous à { $name } ; le compte change lorsque { $name } accepte.
convert-batch-guest = Type d’utilisateur défini sur Invité.
convert-batch-guest-failed = La définition du type d’utilisateur sur Invité a échoué ({ $error }) ; modifiez-le sur la page Annuaire.

## La page de l’assistant.

convert-batch-gone = Il n’y a plus de lot à convertir. Cochez à nouveau les comptes.
convert-title = Convertir en utilisateur externe
convert-back = Retour à la liste des comptes internes
convert-heading-account = Convertir { $name } en utilisateur externe
convert-assistant-lead = { $name } se connecte alors avec le compte de sa propre organisation au lieu d’un mot de passe fourni par vous, et conserve ce compte : son identifiant d’objet, son nom d’utilisateur, ses appartenances aux groupes et ses attributions d’applications. Guestlist vérifie d’abord chaque condition préalable, et rien n’est modifié avant que vous ne convertissiez.
convert-object-id = Identifiant d’objet
convert-mail-property = Adresse e-mail (mail)
convert-not-set = non définie
convert-managed-on-premises = votre Active Directory local (synchronisé)
convert-managed-cloud = Microsoft Entra uniquement (cloud uniquement)
convert-mailbox = Boîte aux lettres
convert-mailbox-exchange = Boîte aux lettres Exchange Online
convert-mailbox-none = aucune
convert-signs-in-with = Se connecte avec
convert-finding-blocker = Bloque la conversion : { $title }
convert-finding-warning = Bon à savoir : { $title }
convert-directory-link = Renvoyer l’invitation ou réinitialiser l’échange sur la page Annuaire de { $name }
convert-ready = Rien ne s’y oppose : { $name } peut être converti avec { $address }.
convert-address-label = Adresse e-mail externe
convert-address-help = L’adresse dans sa propre organisation avec laquelle { $name } se connectera. Microsoft exige que l’adresse e-mail (mail) du compte soit cette adresse.
convert-check-address = Vérifier cette adresse
convert-set-mail-label = Définir l’adresse e-mail sur l’adresse externe
convert-set-mail-help = L’adresse e-mail (mail) de { $name } est { $current } ; Microsoft exige { $address }. Guestlist la définit juste avant l’invitation ; l’ancienne adresse est retirée du compte.
convert-mail-already = L’adresse e-mail de { $name } est déjà { $address }.
convert-password-title = Mot de passe :
convert-password-on-premises = Le mot de passe de { $name } provient de votre Active Directory local et continue d’y fonctionner. Définissez-le sur une longue valeur inconnue dans Active Directory si { $name } ne doit plus l’utiliser.
convert-reset-password-label = Réinitialiser maintenant le mot de passe sur une valeur aléatoire
convert-reset-password-help = Le mot de passe actuel cesse immédiatement de fonctionner et personne ne connaît le nouveau : { $name } se connecte alors uniquement avec le compte de sa propre organisation, après acceptation. Décochez pour que le mot de passe actuel continue de fonctionner, y compris pour les ressources locales après la conversion.
convert-billing-title = Facturation :
convert-billing-guest = Le type d’utilisateur de { $name } est déjà Invité : facturé comme utilisateur externe (utilisateurs actifs mensuels).
convert-set-guest-label = Définir le type d’utilisateur sur Invité
convert-set-guest-help = La conversion ne modifie pas le type d’utilisateur. En tant qu’invité, { $name } est facturé comme utilisateur externe (utilisateurs actifs mensuels, dès que votre locataire est lié à un abonnement Azure) et reçoit les autorisations d’invité dans votre annuaire ; s’il reste Membre, { $name } conserve les autorisations d’un membre.
convert-considerations = Points à considérer
convert-teams-title = Teams :
convert-teams-before = Teams ouvre l’organisation propre à chaque personne. Après avoir accepté, { $name } doit d’abord ouvrir
convert-teams-after = pour accéder à la vôtre. La page de résultat le rappelle.
convert-invitation = L’invitation
convert-send-mail-label = Microsoft envoie l’e-mail d’invitation
convert-send-mail-help = Décochez pour ne rien envoyer maintenant : la page de résultat affiche le lien à copier, sous forme de code QR, ou à envoyer depuis Guestlist.
convert-message-help = Quelques mots sur la raison du changement de connexion. Microsoft envoie alors vos mots au lieu de son texte standard.

## La page des lots.

convert-batch-title = Convertir des comptes internes
convert-batch-lead = Les partenaires qui ont reçu un compte de votre organisation peuvent se connecter avec le compte de leur propre organisation à la place, et conserver ce compte avec ses groupes et applications. Sélectionnez des comptes pour voir, pour chacun, ce qui bloque et ce qui sera fait ; ou ouvrez-en un pour définir son adresse externe et choisir les détails.
convert-on-premises = local
convert-cloud-only = cloud uniquement
convert-open-assistant = Ouvrir l’assistant pour { $name }
convert-find-label = Rechercher des comptes internes
convert-find-help = Le début d’un nom, d’une adresse e-mail ou d’un nom d’utilisateur. Vide, la liste les affiche tous.
convert-internal-count = { $count ->
    [one] { $count } compte interne.
   *[other] { $count } comptes internes.
}
convert-col-convert = Convertir
convert-col-name = Nom
convert-col-upn = Nom d’utilisateur
convert-col-mail = Adresse e-mail
convert-col-user-type = Type d’utilisateur
convert-col-managed-in = Géré dans
convert-col-one = Un par un
convert-col-account = Compte
convert-col-address = Adresse externe
convert-col-checks = Vérifications
convert-col-action = Ce qui sera fait
convert-col-result = Résultat
convert-col-link = Lien
convert-check-selected = Vérifier les comptes sélectionnés
convert-left-out = Écarté : { $blockers }.
convert-no-blockers = Aucun blocage.
convert-none-eligible = Aucun de ces comptes ne peut encore être converti : les blocages de chacun indiquent ce qu’il faut corriger.
convert-batch-send-mail-label = Microsoft envoie les e-mails d’invitation
convert-batch-send-mail-help = Décochez pour ne rien envoyer maintenant : les résultats affichent le lien de chaque personne à transmettre.
convert-batch-language = Langue des e-mails
convert-batch-set-guest-label = Définir aussi le type d’utilisateur des membres sur Invité
convert-batch-set-guest-help = La conversion ne modifie pas le type d’utilisateur. En tant qu’invités, ils sont facturés comme utilisateurs externes (utilisateurs actifs mensuels) et reçoivent les autorisations d’invité.
convert-batch-convert = { $count ->
    [one] Convertir { $count } compte éligible
   *[other] Convertir { $count } comptes éligibles
}
convert-preview = Aperçu
convert-preview-lead = Rien n’a encore été modifié. Les comptes bloqués sont écartés ; ouvrez-en un pour corriger son adresse ou voir les détails.
convert-choose-other = Choisir d’autres comptes
convert-link-label = Lien d’invitation pour { $name }
convert-link-copy = Copier le lien de { $name }
convert-retry = { $count ->
    [one] Réessayer le compte en échec
   *[other] Réessayer les { $count } comptes en échec
}
convert-results = Résultats
convert-other = Convertir d’autres comptes
