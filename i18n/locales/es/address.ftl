# Por qué no se puede invitar una dirección de correo (reglas de Microsoft Graph).

address-empty = la dirección de correo está vacía
address-too-long = la dirección de correo tiene más de { $max } caracteres
address-missing-at = a la dirección de correo le falta la «@» entre el nombre y el dominio
address-multiple-at = la dirección de correo tiene más de una «@»
address-empty-local-part = la dirección de correo no tiene nada antes de la «@»
address-local-part-too-long = la parte anterior a la «@» tiene más de { $max } caracteres
address-whitespace = la dirección de correo contiene un espacio o un carácter invisible
address-forbidden-character = la dirección de correo contiene «{ $character }», que Microsoft Entra no acepta en las invitaciones
address-edge-dot-or-hyphen = la parte anterior a la «@» no puede empezar ni terminar con «.» o «-»
address-consecutive-dots = la dirección de correo contiene dos puntos seguidos
address-invalid-domain = «{ $domain }» no es un nombre de dominio válido (se espera algo como contoso.com)
