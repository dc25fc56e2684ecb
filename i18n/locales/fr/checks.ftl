# Les vérifications avant une invitation : chaque problème dit quoi faire à la place.

checks-address-unusable = Cette adresse ne peut pas être invitée : { $error }. Vérifiez qu'elle ne contient pas de faute de frappe. Microsoft n'accepte pas les adresses contenant « + » ou des caractères similaires ; demandez à la personne son adresse simple.
checks-own-domain = { $domain } est le domaine de votre propre organisation : il s'agit d'un collègue, pas d'un invité. Cette personne peut déjà se connecter avec son compte professionnel.
checks-blocked-domain = Guestlist est configuré pour ne pas inviter de personnes de { $domain }. Demandez à un administrateur si cette personne a vraiment besoin d'un accès.
checks-tenant-list-unreadable = La liste des domaines autorisés ou bloqués du locataire ne peut pas être lue ({ $error }). Demandez à un administrateur de vérifier les paramètres de collaboration externe.
checks-tenant-disallows = Les paramètres d'invités de votre organisation n'autorisent pas les invitations vers { $domain }. Demandez à un administrateur d'autoriser le domaine, ou utilisez une autre adresse.
checks-invites-off = Votre organisation a désactivé les invitations d'invités pour tout le monde. Un administrateur peut les réactiver dans les paramètres de collaboration externe du locataire.
checks-cc-invalid = Le destinataire en copie n'est pas une adresse e-mail valide. Corrigez-la ou laissez le champ vide.
checks-or = ou
checks-redirect-not-allowed = Les invités ne peuvent être dirigés que vers des adresses commençant par { $prefixes }. Choisissez-en une ou laissez la valeur par défaut.
checks-redirect-not-https = La page après l'acceptation doit être une adresse https://.
checks-member-admins-only = Seuls les administrateurs peuvent inviter quelqu'un en tant que membre. Laissez la case décochée pour inviter un invité.
checks-language-pick = Choisissez une langue dans la liste.
checks-usage-location = Le lieu d'utilisation est un code pays à deux lettres, par exemple DE ou US.
checks-group-no-id = Microsoft a renvoyé le groupe « { $name } » sans identifiant. Réessayez.
checks-group-unknown = Aucun groupe ne s'appelle « { $name } ». Vérifiez l'orthographe, ou utilisez l'adresse e-mail du groupe.
checks-group-several = Plusieurs groupes s'appellent « { $name } ». Utilisez plutôt l'adresse e-mail du groupe.
checks-sponsors-too-many = Un invité peut avoir au plus { $max } sponsors ; retirez-en { $remove }.
checks-sponsor-unknown = Personne dans votre annuaire n'a l'adresse { $address }. Vérifiez-la, ou laissez le champ vide pour être vous-même le sponsor.
checks-groups-too-many = Au plus { $max } groupes à la fois ; invitez d'abord, puis ajoutez les autres.

## Règles partenaires : ce que Guestlist fait pour le domaine d'un invité.

checks-partner-decision-allow = Autoriser
checks-partner-decision-block = Bloquer
checks-partner-decision-approval = Approbation requise
checks-partner-verdict-allowed = Autorisé
checks-partner-verdict-approval = Autorisé après approbation
checks-partner-verdict-blocked = Bloqué
checks-partner-default-blocks = La règle par défaut de Guestlist bloque les invitations vers les domaines sans règle propre. Demandez à un administrateur d'ajouter une règle pour ce domaine.
checks-partner-rule-blocks = La règle de Guestlist pour { $domain } bloque les invitations vers ce domaine. Demandez à un administrateur si cette personne a vraiment besoin d'un accès.
checks-partner-sponsors-needed = Les invités de { $domain } ont besoin d'au moins { $required } sponsors ; indiquez-en { $more } de plus (l'adresse d'un collègue ou le nom d'un groupe, un par ligne).
checks-partner-own-domain = { $domain } est l'un des domaines de votre organisation : ses membres sont des collègues, pas des invités.
checks-partner-invitations-off = Les paramètres de collaboration externe du locataire ne permettent à personne d'inviter des invités (allowInvitesFrom: none).
checks-partner-tenant-list = La liste d'autorisation/de blocage du locataire pour la collaboration B2B n'admet pas { $domain }.
checks-partner-guestlist-blocks = Les domaines bloqués de Guestlist incluent { $domain }.
checks-partner-default-allows = La règle par défaut de Guestlist l'autorise.
checks-partner-rule-allows = La règle de Guestlist pour { $domain } l'autorise.
checks-partner-default-requires-approval = La règle par défaut de Guestlist exige l'approbation d'un approbateur.
checks-partner-rule-requires-approval = La règle de Guestlist pour { $domain } exige l'approbation d'un approbateur.
checks-partner-default-decides-block = La règle par défaut de Guestlist le bloque.
checks-partner-rule-decides-block = La règle de Guestlist pour { $domain } le bloque.

## Une personne déjà présente dans l'annuaire sous cette adresse.

checks-existing-guest = { $name } ({ $upn }), invité, { $state }.
checks-existing-member = { $name } ({ $upn }), membre, { $state }.
checks-existing-no-state = aucun état d'invitation
