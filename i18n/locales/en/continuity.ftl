# Sponsor continuity (administrators): guests whose sponsors cannot act for them, and successors.

continuity-title = Sponsor continuity
continuity-back = Back to the home page
# { $min } is the least number of sponsors each guest should have.
continuity-lead = Guests need a sponsor who can answer for them: a person whose account is enabled, or a group with an enabled member. Guestlist expects at least { $min } per guest (GUESTLIST_MIN_SPONSORS). Handing over adds the successor as a sponsor and then removes the sponsors whose accounts are disabled; you see who changes on the next page before anything happens.

## Guests who need a sponsor.

continuity-guests-heading = Guests who need a sponsor
continuity-guests-none = Every guest has enough sponsors who can act for them.
continuity-col-select = Select
continuity-col-guest = Guest
continuity-col-why = Why
continuity-col-sponsors = Sponsors now
continuity-col-successor = Suggested successor
continuity-select-guest = Select { $name }
continuity-add-sponsor = Add a sponsor to the ticked guests…
continuity-add-sponsor-help = On the next page you choose the sponsor for the ticked guests.
continuity-hand-over = Hand over to { $name }…
continuity-successor-none = None found: choose one on the next page.
continuity-sponsors-none = None
continuity-a-guest = A guest
continuity-no-sponsor = No sponsor at all.
continuity-no-live-sponsor = None of their sponsors can act for them: every one is disabled, or a group with no one in it.
continuity-too-few-sponsors = { $count ->
    [one] { $count } sponsor who can act for them; at least { $min } are expected.
   *[other] { $count } sponsors who can act for them; at least { $min } are expected.
}
continuity-sponsor-disabled = { $name } (disabled)
continuity-sponsor-empty-group = { $name } (group with no enabled member)
continuity-sponsor-group = { $name } (group)
# Why someone is suggested as the successor.
continuity-why-manager = Manager of { $name }
continuity-why-inviter = Invited them through Guestlist

## Members who left.

continuity-departed-heading = Members who left and still sponsor guests
continuity-departed-none = No disabled member sponsors a guest.
# { $name } is the member (in bold), { $guests } their guests' names, { $manager } continuity-manager or continuity-manager-none.
continuity-departed = { $name } (account disabled) still sponsors { $guests }. { $manager }
continuity-manager = Their manager: { $name }.
continuity-manager-none = No manager is set in Microsoft Entra (or the manager's account is disabled): choose a successor on the next page.
continuity-hand-to-manager = { $count ->
    [one] Hand their guest to { $manager } (their manager)…
   *[other] Hand all { $count } of their guests to { $manager } (their manager)…
}
continuity-hand-to-someone = { $count ->
    [one] Hand their guest to someone else…
   *[other] Hand all { $count } of their guests to someone else…
}

## Sponsor groups with no one in them.

continuity-groups-heading = Sponsor groups with no one in them
continuity-groups-none = Every sponsor group has an enabled member.
# { $group } is the group's name (in bold), { $guests } the names of the guests it sponsors.
continuity-empty-group = { $group } sponsors { $guests }. Add members to the group in Microsoft Entra, or hand its guests to someone above.
