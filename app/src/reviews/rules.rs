//! The lifecycle rules page: the kill switch, the rules with their last run (run now, turn on or
//! off), a new rule, what they changed lately (with undo), and their dry run.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};
use services::reviews::{Plan, RuleAction, RuleForm, RuleKind, Rules};

use super::{Notice, NoticeView, PlanTable};
use crate::error::PageError;
use crate::routes;
use crate::widgets::{DataTable, Loaded, TextField};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesData {
    pub rules: Rules,
    pub notice: Option<Notice>,
}

#[server(endpoint = "reviews/rules")]
pub async fn load_rules() -> Result<RulesData, PageError> {
    let me = crate::server::Me::load().await?;
    let rules = services::reviews::rules(&me.ctx, &me.actor).await?;
    Ok(RulesData { rules, notice: crate::server::take(super::server::NOTICE).await? })
}

#[server(endpoint = "reviews/rules/plan")]
pub async fn load_rule_plans() -> Result<Vec<Plan>, PageError> {
    let me = crate::server::Me::load().await?;
    Ok(services::reviews::plan_rules(&me.ctx, &me.actor).await?)
}

#[server(endpoint = "reviews/rules/save")]
pub async fn save_rule(form: RuleForm) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::save_rule(&me.ctx, &me.actor, &form).await.map(|saved| saved.map(|_| vec!["The rule is saved. It runs with the others every day; see its dry run first.".to_owned()]));
    super::server::answered(&me, result, routes::REVIEW_RULES).await
}

#[server(endpoint = "reviews/rules/switch")]
pub async fn switch_rule(id: i64, enabled: bool) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    services::reviews::set_rule_enabled(&me.ctx, &me.actor, id, enabled).await?;
    let words = if enabled { "The rule is on: it runs every day." } else { "The rule is off: it does nothing until it is turned on." };
    super::server::answered(&me, Ok(Ok(vec![words.to_owned()])), routes::REVIEW_RULES).await
}

#[server(endpoint = "reviews/rules/run")]
pub async fn run_rule(id: i64, confirm: Option<String>) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::run_rule(&me.ctx, &me.actor, id, confirm.is_some()).await;
    super::server::answered(&me, result, routes::REVIEW_RULES).await
}

#[server(endpoint = "reviews/kill-switch")]
pub async fn kill_switch(on: bool) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let lines = services::reviews::set_kill_switch(&me.ctx, &me.actor, on).await?;
    super::server::answered(&me, Ok(Ok(lines)), routes::REVIEW_RULES).await
}

#[server(endpoint = "reviews/rules/undo")]
pub async fn undo_rule_change(id: i64) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    let result = services::reviews::undo_rule_change(&me.ctx, &me.actor, id).await;
    super::server::answered(&me, result, routes::REVIEW_RULES).await
}

/// The page's actions, made once so that its data loads again after each of them.
#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SaveRule>,
    switch: ServerAction<SwitchRule>,
    run: ServerAction<RunRule>,
    kill: ServerAction<KillSwitch>,
    undo: ServerAction<UndoRuleChange>,
}

/// `/reviews/rules`.
#[component]
pub fn LifecycleRulesPage() -> impl IntoView {
    let a = Actions { save: ServerAction::new(), switch: ServerAction::new(), run: ServerAction::new(), kill: ServerAction::new(), undo: ServerAction::new() };
    provide_context(a);
    let version = move || a.save.version().get() + a.switch.version().get() + a.run.version().get() + a.kill.version().get() + a.undo.version().get();
    let data = Resource::new_blocking(version, |_| load_rules());
    view! { <Loaded data content=|data| view! { <RulesView data/> } title="Lifecycle rules" back=routes::REVIEWS back_label="Back to Review campaigns"/> }
}

fn options<T: Copy>(all: &[T], value: fn(T) -> &'static str, words: fn(T) -> String) -> impl IntoView {
    all.iter().map(|k| view! { <option value=value(*k)>{words(*k)}</option> }).collect_view()
}

#[component]
fn RulesView(data: RulesData) -> impl IntoView {
    let a: Actions = expect_context();
    let RulesData { rules, notice } = data;
    let kill = if rules.kill_switch {
        view! {
            <p class="alert" role="alert">"The kill switch is on: no rule, campaign or grace period changes any account."</p>
            <ActionForm action=a.kill><input type="hidden" name="on" value="false"/><button type="submit" class="button">"Turn the kill switch off"</button></ActionForm>
        }
        .into_any()
    } else {
        view! {
            <p>"Automatic changes are on. The kill switch stops every rule, every campaign being applied and every deletion after a grace period, at once."</p>
            <ActionForm action=a.kill><input type="hidden" name="on" value="true"/><button type="submit" class="button danger">"Turn the kill switch on"</button></ActionForm>
        }
        .into_any()
    };
    let rows = rules
        .rules
        .into_iter()
        .map(|r| {
            let (switch_to, switch_label) = if r.enabled { (false, format!("Turn off {}", r.name)) } else { (true, format!("Turn on {}", r.name)) };
            let run = r.enabled.then(|| {
                let label = format!("Run {} now", r.name);
                let held = r.last_summary.as_deref().is_some_and(|s| s.starts_with("Held"));
                view! {
                    <ActionForm action=a.run>
                        <input type="hidden" name="id" value=r.id.to_string()/>
                        {held.then(|| view! { <label><input type="checkbox" name="confirm"/>" I confirm: over the cap"</label> })}
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                }
            });
            let last = match r.last_run {
                Some(at) => format!("{at}: {} changed, {} skipped. {}", r.last_changed, r.last_skipped, r.last_summary.unwrap_or_default()),
                None => "Not run yet".to_owned(),
            };
            view! {
                <tr>
                    <td>{r.priority}</td>
                    <td>{r.name}{(!r.enabled).then_some(" (off)")}</td>
                    <td>{r.condition}</td>
                    <td>{r.action}</td>
                    <td>{r.scope}</td>
                    <td>{last}</td>
                    <td>
                        {run}
                        <ActionForm action=a.switch>
                            <input type="hidden" name="id" value=r.id.to_string()/>
                            <input type="hidden" name="enabled" value=switch_to.to_string()/>
                            <button type="submit" class="button secondary">{switch_label}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let changes = rules
        .recent
        .into_iter()
        .map(|c| {
            let undo = c.undoable.then(|| {
                let label = format!("Undo for {}", c.guest);
                view! {
                    <ActionForm action=a.undo>
                        <input type="hidden" name="id" value=c.id.to_string()/>
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                }
            });
            view! { <tr><td>{c.at}</td><td>{c.rule}</td><td>{c.guest}</td><td>{c.action}</td><td class="evidence">{c.evidence}</td><td>{undo}</td></tr> }
        })
        .collect_view();
    view! {
        <Title text="Lifecycle rules"/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::REVIEWS>"Review campaigns"</a></nav>
        <h1>"Lifecycle rules"</h1>
        <NoticeView notice/>
        <p class="lead">{format!(
            "The worker runs every rule once a day, in order of priority; a guest is handled by the first rule that matches. One run changes at most {} accounts: above that, nothing happens until an Admin confirms. Ended guests are deleted after {} days.",
            rules.cap, rules.grace_days
        )}</p>
        <h2>"Kill switch"</h2>
        {kill}
        <h2>"Rules"</h2>
        <p><a href=routes::REVIEW_RULES_PLAN>"Dry run: what the rules would do now"</a></p>
        <DataTable class="rules" headings=vec!["Priority".into(), "Rule".into(), "Looks for".into(), "Does".into(), "Guests".into(), "Last run".into(), "Change".into()]>{rows}</DataTable>
        <h2>"New rule"</h2>
        <ActionForm action=a.save attr:class="invite-form">
            <TextField name="form[name]" label="Name" help="Such as “Block guests inactive for a year”." value=String::new() required=true/>
            <div class="field">
                <label for="kind">"Looks for"</label>
                <select id="kind" name="form[kind]">{options(&RuleKind::ALL, RuleKind::as_str, |k| k.words(0).replace(" 0 ", " N "))}</select>
            </div>
            <TextField name="form[threshold]" label="N" help="Days; for sponsors, the fewest a guest should have (1 to 5)." value="90".to_owned() required=true/>
            <div class="field">
                <label for="action">"Does"</label>
                <select id="action" name="form[action]">{options(&RuleAction::ALL, RuleAction::as_str, |a| a.words().to_owned())}</select>
            </div>
            <div class="field">
                <label for="rule-scope">"Which guests"</label>
                <select id="rule-scope" name="form[scope]">
                    <option value="all">"All guests"</option>
                    <option value="domain">"Guests of a domain"</option>
                    <option value="group">"Guests in a group"</option>
                </select>
            </div>
            <TextField name="form[value]" label="Domain or group id" help="Empty for all guests." value=String::new()/>
            <TextField name="form[priority]" label="Priority" help="Lower runs first; empty: 100." value=String::new()/>
            <button type="submit" class="button">"Save the rule"</button>
        </ActionForm>
        <h2>"What the rules changed lately"</h2>
        <DataTable class="rule-changes" headings=vec!["When".into(), "Rule".into(), "Guest".into(), "What".into(), "Evidence".into(), "Undo".into()]>{changes}</DataTable>
    }
}

/// `/reviews/rules/dry-run`.
#[component]
pub fn RulesPlanPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| load_rule_plans());
    view! { <Loaded data content=|plans| view! { <RulesPlanView plans/> } title="Dry run of the lifecycle rules" back=routes::REVIEW_RULES back_label="Back to Lifecycle rules"/> }
}

#[component]
fn RulesPlanView(plans: Vec<Plan>) -> impl IntoView {
    let sections = plans
        .into_iter()
        .map(|plan| {
            let blocked = plan.blocked.clone().map(|why| view! { <p class="help">{why}</p> });
            view! { <h2>{plan.title.clone()}</h2> {blocked} <PlanTable plan/> }
        })
        .collect_view();
    view! {
        <Title text="Dry run of the lifecycle rules"/>
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href=routes::REVIEW_RULES>"Lifecycle rules"</a></nav>
        <h1>"Dry run of the lifecycle rules"</h1>
        <p class="lead">"What each rule would do if it ran now: to whom, why, and the evidence read. Nothing has changed."</p>
        {sections}
    }
}
