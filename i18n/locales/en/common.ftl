# Shared by several pages: the widgets, the page shell.

common-search = Search

## The invitation mail's fields (Invite and Convert).

mail-language-label = Language of the e-mail
mail-language-help = Microsoft writes its standard invitation text in this language. With a personal message it sends your words instead, and this language is not used.
mail-message-label = Personal message
mail-cc-label = Send a copy to
mail-cc-help = One address that gets a copy of the invitation, e.g. your own. Optional.

## Counts.

common-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}

## Roles.

role-admin = Administrator
role-inviter = Inviter
role-helpdesk = Helpdesk Administrator
role-sponsor = Sponsor
