//! Chart work waits in a queue and runs a few jobs per task, so a widget's
//! first paint (eleven canvases, text measured for the timeline) is many
//! short tasks instead of one long one that blocks the host page's input.
//! Jobs hold plain values, never signals, so one that outlives its part of
//! the widget only draws on a detached canvas.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MessageChannel;

/// Work per task before yielding to the browser, well under the 50 ms
/// that makes a long task.
const BUDGET_MS: f64 = 8.0;

type Job = Box<dyn FnOnce()>;

struct Queue {
    jobs: VecDeque<(u64, Job)>,
    /// Jobs waiting for the next frame to be rendered first.
    after_frame: usize,
    /// Canvases whose size has not been reported yet: their paint is
    /// still to be queued.
    not_sized: usize,
    next_key: u64,
    posted: bool,
    /// The job that runs asked for its task to end after it.
    end_task: bool,
    // A message to ourselves is the quickest way to the next task
    // (setTimeout is clamped to 4 ms once nested).
    channel: Option<(MessageChannel, Closure<dyn FnMut()>)>,
}

thread_local! {
    static QUEUE: RefCell<Queue> =
        const { RefCell::new(Queue { jobs: VecDeque::new(), after_frame: 0, not_sized: 0, next_key: 0, posted: false, end_task: false, channel: None }) };
}

/// Changes the queue's state: a function, not a closure, so that all such
/// changes share one copy of the thread-local access in the Wasm.
fn edit(change: fn(&mut Queue)) {
    QUEUE.with(|q| change(&mut q.borrow_mut()));
}

/// A key for one canvas (or one piece of work): a later job with the same
/// key replaces a waiting one, so only the newest state is drawn.
pub fn new_key() -> u64 {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.next_key += 1;
        q.next_key
    })
}

/// Queues `job` under `key`, replacing a job still waiting under it.
pub fn schedule(key: u64, job: impl FnOnce() + 'static) {
    queue_boxed(key, Box::new(job));
}

/// `schedule` for a boxed job: one copy in the Wasm, not one per caller.
fn queue_boxed(key: u64, job: Job) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        match q.jobs.iter_mut().find(|(k, _)| *k == key) {
            Some(waiting) => waiting.1 = job,
            None => q.jobs.push_back((key, job)),
        }
    });
    post();
}

/// Queues `job` while a part is first built (`building`); otherwise runs
/// it now, dropping any job still waiting under `key`. Changes a reader
/// makes (zoom, filter, keys) must act on what is shown before the next
/// input arrives, and the browser serves input before queued tasks.
pub fn queue_or_run(key: u64, building: bool, job: impl FnOnce() + 'static) {
    if building {
        schedule(key, job);
    } else {
        QUEUE.with(|q| q.borrow_mut().jobs.retain(|(k, _)| *k != key));
        job();
    }
}

/// Queues `job` once the browser has rendered a frame: what it builds is
/// then styled and laid out in a frame of its own, apart from what was
/// built before.
pub fn schedule_after_frame(job: impl FnOnce() + 'static) {
    after_frame_boxed(Box::new(job));
}

/// `schedule_after_frame` for a boxed job, likewise.
fn after_frame_boxed(job: Job) {
    let Some(window) = web_sys::window() else { return queue_boxed(new_key(), job) };
    edit(|q| q.after_frame += 1);
    let on_frame = Closure::once_into_js(move || {
        edit(|q| q.after_frame -= 1);
        queue_boxed(new_key(), job);
    });
    if window.request_animation_frame(on_frame.unchecked_ref()).is_err() {
        edit(|q| q.after_frame -= 1);
    }
}

/// Ends the current task after the job that calls this, whatever is left
/// of the budget: for a job whose real work runs after it returns (effects
/// it wakes run in the task's microtasks), which the queue's clock cannot
/// see.
pub fn end_task() {
    edit(|q| q.end_task = true);
}

/// A canvas waiting for its first size report: until then its paint is
/// not even queued, so the queue is not idle. It stops waiting when told
/// the size arrived, or when dropped (the canvas went away).
pub struct AwaitingSize(Cell<bool>);

impl AwaitingSize {
    pub fn new() -> AwaitingSize {
        edit(|q| q.not_sized += 1);
        AwaitingSize(Cell::new(false))
    }

    /// The size is known (counted once, however often it is called).
    pub fn arrived(&self) {
        if !self.0.replace(true) {
            edit(|q| q.not_sized -= 1);
        }
    }
}

impl Default for AwaitingSize {
    fn default() -> Self {
        AwaitingSize::new()
    }
}

impl Drop for AwaitingSize {
    fn drop(&mut self) {
        self.arrived();
    }
}

/// True when nothing is left to draw: no job waiting, no part waiting for
/// a frame to be built, no canvas waiting for its size.
pub fn is_idle() -> bool {
    QUEUE.with(|q| {
        let q = q.borrow();
        q.jobs.is_empty() && q.after_frame == 0 && q.not_sized == 0
    })
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

fn post() {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if q.posted || q.jobs.is_empty() {
            return;
        }
        if q.channel.is_none() {
            let Ok(channel) = MessageChannel::new() else {
                return drain_later_by_timeout(&mut q);
            };
            let on_message = Closure::<dyn FnMut()>::new(drain);
            channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            q.channel = Some((channel, on_message));
        }
        if let Some((channel, _)) = &q.channel {
            if channel.port2().post_message(&JsValue::NULL).is_ok() {
                q.posted = true;
            }
        }
    });
}

fn drain_later_by_timeout(q: &mut Queue) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(drain);
    if window.set_timeout_with_callback(callback.unchecked_ref()).is_ok() {
        q.posted = true;
    }
}

/// Runs jobs until the budget is spent, then yields to the browser.
fn drain() {
    edit(|q| q.posted = false);
    let started = now();
    loop {
        // The job runs with the queue released: it may schedule more.
        let Some((_, job)) = QUEUE.with(|q| q.borrow_mut().jobs.pop_front()) else { break };
        job();
        let end_task = QUEUE.with(|q| std::mem::take(&mut q.borrow_mut().end_task));
        if end_task || now() - started >= BUDGET_MS {
            break;
        }
    }
    post();
}
