//! The lifecycle rules page: the kill switch, the rules with their last run (run now, turn on or
//! off), a new rule, what they changed lately (with undo), and their dry run.

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};
use services::reviews::{Plan, RuleAction, RuleForm, RuleKind, Rules};

use super::{Notice, NoticeView, PlanTable};
use crate::error::PageError;
use crate::routes;
use crate::t;
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
    let result = services::reviews::save_rule(&me.ctx, &me.actor, &form).await.map(|saved| saved.map(|_| vec![t!("reviews-rule-saved")]));
    super::server::answered(&me, result, routes::REVIEW_RULES).await
}

#[server(endpoint = "reviews/rules/switch")]
pub async fn switch_rule(id: i64, enabled: bool) -> Result<(), PageError> {
    let me = crate::server::Me::load().await?;
    services::reviews::set_rule_enabled(&me.ctx, &me.actor, id, enabled).await?;
    let words = if enabled { t!("reviews-rule-switched-on") } else { t!("reviews-rule-switched-off") };
    super::server::answered(&me, Ok(Ok(vec![words])), routes::REVIEW_RULES).await
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
    view! { <Loaded data content=|data| view! { <RulesView data/> } title=t!("reviews-rules") back=routes::REVIEWS back_label=t!("reviews-back-campaigns")/> }
}

fn options<T: Copy>(all: &[T], value: fn(T) -> &'static str, words: impl Fn(T) -> String) -> impl IntoView {
    all.iter().map(|k| view! { <option value=value(*k)>{words(*k)}</option> }).collect_view()
}

#[component]
fn RulesView(data: RulesData) -> impl IntoView {
    let a: Actions = expect_context();
    let RulesData { rules, notice } = data;
    let kill = if rules.kill_switch {
        view! {
            <p class="alert" role="alert">{t!("reviews-kill-switch-is-on")}</p>
            <ActionForm action=a.kill><input type="hidden" name="on" value="false"/><button type="submit" class="button">{t!("reviews-kill-switch-turn-off")}</button></ActionForm>
        }
        .into_any()
    } else {
        view! {
            <p>{t!("reviews-kill-switch-is-off")}</p>
            <ActionForm action=a.kill><input type="hidden" name="on" value="true"/><button type="submit" class="button danger">{t!("reviews-kill-switch-turn-on")}</button></ActionForm>
        }
        .into_any()
    };
    let rows = rules
        .rules
        .into_iter()
        .map(|r| {
            let (switch_to, switch_label) =
                if r.enabled { (false, t!("reviews-rule-turn-off", name = r.name.as_str())) } else { (true, t!("reviews-rule-turn-on", name = r.name.as_str())) };
            let run = r.enabled.then(|| {
                let label = t!("reviews-rule-run", name = r.name.as_str());
                let held = r.last_summary.as_deref().is_some_and(|s| s.starts_with("Held"));
                view! {
                    <ActionForm action=a.run>
                        <input type="hidden" name="id" value=r.id.to_string()/>
                        {held.then(|| view! { <label><input type="checkbox" name="confirm"/>" " {t!("reviews-rule-confirm-over-cap")}</label> })}
                        <button type="submit" class="button secondary">{label}</button>
                    </ActionForm>
                }
            });
            let last = match r.last_run {
                Some(at) => t!("reviews-rule-last-run", date = at, changed = r.last_changed, skipped = r.last_skipped, summary = r.last_summary.unwrap_or_default()),
                None => t!("reviews-rule-not-run"),
            };
            view! {
                <tr>
                    <td>{r.priority}</td>
                    <td>{r.name}{(!r.enabled).then(|| t!("reviews-rule-off-mark"))}</td>
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
                let label = t!("reviews-undo-for", name = c.guest.as_str());
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
        <Title text=t!("reviews-rules")/>
        <nav class="breadcrumb" aria-label=t!("reviews-breadcrumb")><a href=routes::REVIEWS>{t!("reviews-campaigns")}</a></nav>
        <h1>{t!("reviews-rules")}</h1>
        <NoticeView notice/>
        <p class="lead">{t!("reviews-rules-lead", cap = rules.cap, days = rules.grace_days)}</p>
        <h2>{t!("reviews-kill-switch")}</h2>
        {kill}
        <h2>{t!("reviews-rules-heading")}</h2>
        <p><a href=routes::REVIEW_RULES_PLAN>{t!("reviews-rules-plan-link")}</a></p>
        <DataTable
            class="rules"
            headings=vec![
                t!("reviews-priority"),
                t!("reviews-col-rule"),
                t!("reviews-looks-for"),
                t!("reviews-does"),
                t!("reviews-col-guests"),
                t!("reviews-col-last-run"),
                t!("reviews-col-change"),
            ]
        >
            {rows}
        </DataTable>
        <h2>{t!("reviews-new-rule")}</h2>
        <ActionForm action=a.save attr:class="invite-form">
            <TextField name="form[name]" label=t!("reviews-name") help=t!("reviews-rule-name-help") value=String::new() required=true/>
            <div class="field">
                <label for="kind">{t!("reviews-looks-for")}</label>
                <select id="kind" name="form[kind]">{options(&RuleKind::ALL, RuleKind::as_str, |k| k.form_words(crate::lang::locale()))}</select>
            </div>
            <TextField name="form[threshold]" label="N" help=t!("reviews-threshold-help") value="90".to_owned() required=true/>
            <div class="field">
                <label for="action">{t!("reviews-does")}</label>
                <select id="action" name="form[action]">{options(&RuleAction::ALL, RuleAction::as_str, |a| a.words(crate::lang::locale()))}</select>
            </div>
            <div class="field">
                <label for="rule-scope">{t!("reviews-which-guests")}</label>
                <select id="rule-scope" name="form[scope]">
                    <option value="all">{t!("reviews-scope-all")}</option>
                    <option value="domain">{t!("reviews-option-domain")}</option>
                    <option value="group">{t!("reviews-option-group")}</option>
                </select>
            </div>
            <TextField name="form[value]" label=t!("reviews-rule-value") help=t!("reviews-rule-value-help") value=String::new()/>
            <TextField name="form[priority]" label=t!("reviews-priority") help=t!("reviews-priority-help") value=String::new()/>
            <button type="submit" class="button">{t!("reviews-save-rule")}</button>
        </ActionForm>
        <h2>{t!("reviews-rules-changed")}</h2>
        <DataTable
            class="rule-changes"
            headings=vec![t!("reviews-col-when"), t!("reviews-col-rule"), t!("reviews-col-guest"), t!("reviews-col-what"), t!("reviews-col-evidence"), t!("reviews-col-undo")]
        >
            {changes}
        </DataTable>
    }
}

/// `/reviews/rules/dry-run`.
#[component]
pub fn RulesPlanPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| load_rule_plans());
    view! { <Loaded data content=|plans| view! { <RulesPlanView plans/> } title=t!("reviews-rules-plan") back=routes::REVIEW_RULES back_label=t!("reviews-back-rules")/> }
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
        <Title text=t!("reviews-rules-plan")/>
        <nav class="breadcrumb" aria-label=t!("reviews-breadcrumb")><a href=routes::REVIEW_RULES>{t!("reviews-rules")}</a></nav>
        <h1>{t!("reviews-rules-plan")}</h1>
        <p class="lead">{t!("reviews-rules-plan-lead")}</p>
        {sections}
    }
}
