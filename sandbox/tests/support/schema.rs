//! Microsoft's Graph schema (fixtures/graph-schema, see SOURCE.md there) as a strict validator for JSON
//! bodies. Shared by the sandbox's tests (`mod`) and the graph client's (`#[path]`), so the same
//! rules judge what the sandbox answers and what the client sends.
#![allow(dead_code)] // Each test file uses a different part.

use std::sync::OnceLock;

use serde_json::{json, Value};

/// Microsoft's schema, with entity types made strict (see fixtures/graph-schema/SOURCE.md).
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        // Relative to this file, so it resolves the same from either crate.
        let mut schema: Value =
            serde_json::from_str(include_str!("../fixtures/graph-schema/v1.0-guest-subset.schema.json")).unwrap();
        let defs = schema["$defs"].as_object_mut().unwrap();
        // Types the subset lacks (policies, beta conversion), generated strict by extra_types.py.
        let extra: Value =
            serde_json::from_str(include_str!("../fixtures/graph-schema/extra-types.schema.json")).unwrap();
        defs.extend(extra["$defs"].as_object().unwrap().clone());
        // The body of `POST …/$ref`: an OData entity reference (OData JSON Format 4.01 §14; Microsoft's
        // OpenAPI calls it ReferenceCreate). It is protocol, not a CSDL type.
        defs.insert(
            "odata.reference".into(),
            json!({"type": "object", "required": ["@odata.id"], "additionalProperties": false,
                   "properties": {"@odata.id": {"type": "string", "pattern": "^https?://"}}}),
        );
        let nullable_string = json!({"type": ["string", "null"]});
        let user_props = defs["microsoft.graph.user"]["allOf"][1]["properties"].as_object_mut().unwrap();
        user_props.insert("businessPhones".into(), json!({"type": "array", "items": {"type": "string"}}));
        user_props.insert("mobilePhone".into(), nullable_string.clone());
        user_props.insert("officeLocation".into(), nullable_string.clone());
        user_props.insert("onPremisesSyncEnabled".into(), json!({"type": ["boolean", "null"]}));
        user_props.insert("onPremisesUserPrincipalName".into(), nullable_string);
        for strict in [
            "microsoft.graph.user",
            "microsoft.graph.group",
            "microsoft.graph.invitation",
            "microsoft.graph.invitedUserMessageInfo",
            "microsoft.graph.recipient",
            "microsoft.graph.emailAddress",
            "microsoft.graph.objectIdentity",
            "microsoft.graph.signInActivity",
        ] {
            defs[strict]["unevaluatedProperties"] = Value::Bool(false);
        }
        schema
    })
}

/// Validates `instance` against one of the schema's `$defs`; panics with every violation.
pub fn assert_valid(def: &str, instance: &Value) {
    let mut root = schema().clone();
    root["$ref"] = Value::String(format!("#/$defs/{def}"));
    let validator = jsonschema::validator_for(&root).unwrap();
    // `@odata.context` is OData control information on single entities, not a property.
    let mut instance = instance.clone();
    if let Some(map) = instance.as_object_mut() {
        if !def.ends_with("CollectionResponse") && !def.contains("ODataErrors") {
            map.remove("@odata.context");
        }
    }
    let errors: Vec<String> =
        validator.iter_errors(&instance).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{def} violations: {errors:#?}\nin {instance:#}");
}

/// Validates a directoryObject collection item by item, per `@odata.type`.
pub fn assert_valid_objects(body: &Value) {
    assert_valid("microsoft.graph.directoryObjectCollectionResponse", body);
    for item in body["value"].as_array().unwrap() {
        match item["@odata.type"].as_str() {
            Some("#microsoft.graph.user") => assert_valid("microsoft.graph.user", item),
            Some("#microsoft.graph.group") => assert_valid("microsoft.graph.group", item),
            // Not in the subset schema; its shape is checked where the test reads it.
            Some("#microsoft.graph.directoryRole") => {}
            other => panic!("unexpected @odata.type {other:?} in {item}"),
        }
    }
}
