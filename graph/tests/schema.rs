//! Every JSON property name the models read or write exists on the Graph type in Microsoft's schema,
//! so a misspelt camelCase name cannot silently decode as "missing".
//! Fixture: fixtures/graph-properties.json, made by fixtures/extract_properties.py (source noted inside).

use std::collections::BTreeSet;

use graph::*;
use serde::Serialize;
use serde_json::Value;

fn schema(types: &[&str]) -> BTreeSet<String> {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/graph-properties.json")).unwrap();
    let mut names: BTreeSet<String> = types
        .iter()
        .flat_map(|t| fixture["types"][*t].as_array().unwrap_or_else(|| panic!("{t} missing from fixture")).clone())
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    names.insert("@odata.type".into());
    names
}

/// The property names a model writes; `Default` values serialise every `Option` field as `null`.
fn keys(model: &impl Serialize) -> Vec<String> {
    match serde_json::to_value(model).unwrap() {
        Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

fn assert_known(model: &impl Serialize, types: &[&str]) {
    let known = schema(types);
    let unknown: Vec<_> = keys(model).into_iter().filter(|k| !known.contains(k)).collect();
    assert!(unknown.is_empty(), "{types:?} has no properties {unknown:?}");
}

#[test]
fn v1_models_use_schema_property_names() {
    assert_known(&User::default(), &["user"]);
    assert_known(&Group::default(), &["group"]);
    assert_known(&DirectoryObject::default(), &["user", "group"]);
    assert_known(&Invitation::default(), &["invitation"]);
    assert_known(
        &InvitedUserMessageInfo { cc_recipients: vec![Recipient::default()], ..Default::default() },
        &["invitedUserMessageInfo"],
    );
    assert_known(&Recipient::default(), &["recipient"]);
    assert_known(&EmailAddressInfo::default(), &["emailAddress"]);
    assert_known(&ObjectIdentity::default(), &["objectIdentity"]);
    assert_known(&SignInActivity::default(), &["signInActivity"]);
    assert_known(&AuthorizationPolicy::default(), &["authorizationPolicy"]);
    assert_known(&AppRoleAssignment::default(), &["appRoleAssignment"]);
    assert_known(&ServicePrincipal::default(), &["servicePrincipal"]);
    assert_known(&AppRole::default(), &["appRole"]);
}

#[test]
fn request_bodies_use_schema_property_names() {
    let all = |s: &str| Some(Some(s.to_owned()));
    let update = UserUpdate {
        display_name: Some("x".into()),
        given_name: all("x"),
        surname: all("x"),
        mail: all("x"),
        other_mails: Some(vec![]),
        user_type: Some(UserType::Guest),
        account_enabled: Some(true),
        company_name: all("x"),
        job_title: all("x"),
        department: all("x"),
        usage_location: all("DE"),
        password_profile: Some(PasswordProfile::random()),
    };
    assert_eq!(keys(&update).len(), 12, "every field is sent when set");
    assert_known(&update, &["user"]);
    let policy = AuthorizationPolicyUpdate {
        allow_invites_from: Some(AllowInvitesFrom::Everyone),
        guest_user_role_id: Some(uuid::Uuid::nil()),
    };
    assert_known(&policy, &["authorizationPolicy"]);
}

#[test]
fn beta_models_use_schema_property_names() {
    let details = ConversionUserDetails {
        display_name: None,
        user_principal_name: None,
        mail: None,
        converted_to_internal_user_date_time: None,
    };
    assert_known(&details, &["conversionUserDetails"]);
    let password = PasswordProfile {
        password: "x".into(),
        force_change_password_next_sign_in: true,
        force_change_password_next_sign_in_with_mfa: false,
    };
    assert_known(&password, &["passwordProfile"]);
    let convert = ConvertToInternal {
        user_principal_name: Some("a@contoso.com".into()),
        mail: Some("a@fabrikam.com".into()),
        password_profile: Some(password),
    };
    // The action's parameters share the user property names.
    assert_known(&convert, &["user"]);
}
