//! The workflows as enum state machines: one variant per state, and transitions that return the
//! next state and the effects the shell must carry out. Invalid steps are refused with the rule
//! they break; the state is then unchanged.

pub mod call;
pub mod compact;
pub mod suspension;
