//! The only unsafe code of the speech path: espeak-ng's C API (speak_lib.h, espeak-ng 1.51),
//! declared by hand for the handful of functions used, in synchronous mode so every callback
//! happens inside `espeak_Synth` on the calling thread.
#![allow(unsafe_code)]

use super::{Audio, Error, Event};
use std::ffi::{CStr, CString, c_char, c_int, c_short, c_uint, c_void};

const AUDIO_OUTPUT_SYNCHRONOUS: c_int = 2;
const POS_CHARACTER: c_int = 1;
const CHARS_UTF8: c_uint = 1;
const EE_OK: c_int = 0;
const EVENT_LIST_TERMINATED: c_int = 0;
const EVENT_WORD: c_int = 1;
const EVENT_SENTENCE: c_int = 2;

#[repr(C)]
struct EspeakEvent {
    kind: c_int,
    unique_identifier: c_uint,
    text_position: c_int,
    length: c_int,
    audio_position: c_int,
    sample: c_int,
    user_data: *mut c_void,
    id: [u8; 8],
}

#[repr(C)]
struct EspeakVoice {
    name: *const c_char,
    languages: *const c_char,
    identifier: *const c_char,
    gender: u8,
    age: u8,
    variant: u8,
    xx1: u8,
    score: c_int,
    spare: *mut c_void,
}

type SynthCallback = unsafe extern "C" fn(*mut c_short, c_int, *mut EspeakEvent) -> c_int;

#[link(name = "espeak-ng")]
unsafe extern "C" {
    fn espeak_Initialize(
        output: c_int,
        buflength: c_int,
        path: *const c_char,
        options: c_int,
    ) -> c_int;
    fn espeak_SetSynthCallback(callback: Option<SynthCallback>);
    fn espeak_SetVoiceByName(name: *const c_char) -> c_int;
    fn espeak_GetCurrentVoice() -> *const EspeakVoice;
    fn espeak_Synth(
        text: *const c_void,
        size: usize,
        position: c_uint,
        position_type: c_int,
        end_position: c_uint,
        flags: c_uint,
        unique_identifier: *mut c_uint,
        user_data: *mut c_void,
    ) -> c_int;
    fn espeak_Synchronize() -> c_int;
}

/// What the callback fills in during one `espeak_Synth` call.
struct Collector {
    sample_rate: u32,
    audio: Audio,
}

/// Receives audio and events. Called only from inside `espeak_Synth` (synchronous mode), with
/// `user_data` pointing at the `Collector` that call was given.
unsafe extern "C" fn on_audio(wav: *mut c_short, count: c_int, events: *mut EspeakEvent) -> c_int {
    let result = std::panic::catch_unwind(|| {
        if events.is_null() {
            return;
        }
        // SAFETY: espeak-ng passes an array terminated by an event of type LIST_TERMINATED; the
        // first event's user_data is the pointer given to espeak_Synth (a live &mut Collector).
        let first = unsafe { &*events };
        let collector = first.user_data.cast::<Collector>();
        if collector.is_null() {
            return;
        }
        let collector = unsafe { &mut *collector };
        let mut at = events;
        loop {
            let event = unsafe { &*at };
            if event.kind == EVENT_LIST_TERMINATED {
                break;
            }
            let sample = usize::try_from(event.audio_position).unwrap_or(0)
                * collector.sample_rate as usize
                / 1000;
            let char_offset = usize::try_from(event.text_position - 1).unwrap_or(0);
            match event.kind {
                EVENT_SENTENCE => collector.audio.events.push(Event::Sentence {
                    sample,
                    char_offset,
                }),
                EVENT_WORD => collector.audio.events.push(Event::Word {
                    sample,
                    char_offset,
                    chars: usize::try_from(event.length).unwrap_or(0),
                }),
                _ => {}
            }
            at = unsafe { at.add(1) };
        }
        if !wav.is_null() && count > 0 {
            // SAFETY: espeak-ng passes `count` valid samples at `wav`.
            let samples = unsafe { std::slice::from_raw_parts(wav, count as usize) };
            collector.audio.samples.extend_from_slice(samples);
        }
    });
    // Never unwind into C; abort synthesis instead.
    c_int::from(result.is_err())
}

/// espeak-ng, started. Only one exists (see `Espeak::get`) and it is used under a lock.
pub(crate) struct Engine {
    sample_rate: u32,
}

impl Engine {
    pub(crate) fn start() -> Result<Self, Error> {
        // SAFETY: plain C calls with a null path (espeak-ng's installed data) and a callback
        // that upholds the contract above.
        let rate = unsafe { espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, std::ptr::null(), 0) };
        let sample_rate = u32::try_from(rate).map_err(|_| Error::Unavailable)?;
        if sample_rate == 0 {
            return Err(Error::Unavailable);
        }
        unsafe { espeak_SetSynthCallback(Some(on_audio)) };
        Ok(Self { sample_rate })
    }

    /// Selects a voice, and checks that it really is the current voice afterwards.
    pub(crate) fn select(&mut self, name: &str) -> Result<(), Error> {
        let wanted = CString::new(name).map_err(|_| Error::NoVoice(name.to_owned()))?;
        // SAFETY: a NUL-terminated string that outlives the call.
        let code = unsafe { espeak_SetVoiceByName(wanted.as_ptr()) };
        if code != EE_OK {
            return Err(Error::NoVoice(name.to_owned()));
        }
        // SAFETY: espeak-ng returns a pointer to its current voice (static storage) or null.
        let current = unsafe { espeak_GetCurrentVoice() };
        if current.is_null() {
            return Err(Error::NoVoice(name.to_owned()));
        }
        let text = |p: *const c_char| {
            if p.is_null() {
                String::new()
            } else {
                // SAFETY: NUL-terminated strings owned by espeak-ng.
                unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
            }
        };
        let voice = unsafe { &*current };
        let (identifier, voice_name) = (text(voice.identifier), text(voice.name));
        let short = name.rsplit('/').next().unwrap_or(name);
        let matches = |s: &str| {
            !s.is_empty() && (s.eq_ignore_ascii_case(name) || s.eq_ignore_ascii_case(short))
        };
        if matches(&identifier) || matches(&voice_name) {
            Ok(())
        } else {
            Err(Error::NoVoice(name.to_owned()))
        }
    }

    pub(crate) fn synthesize(&mut self, text: &str) -> Result<Audio, Error> {
        let text = CString::new(text).map_err(|_| Error::Nul)?;
        let mut collector = Collector {
            sample_rate: self.sample_rate,
            audio: Audio {
                sample_rate: self.sample_rate,
                ..Audio::default()
            },
        };
        let bytes = text.as_bytes_with_nul();
        // SAFETY: synchronous mode: every callback (which writes through `user_data`) happens
        // before espeak_Synth returns, while `collector` and `text` are alive and borrowed here
        // only. espeak_Synchronize is a no-op in this mode but guards against a queued request.
        let code = unsafe {
            espeak_Synth(
                bytes.as_ptr().cast(),
                bytes.len(),
                0,
                POS_CHARACTER,
                0,
                CHARS_UTF8,
                std::ptr::null_mut(),
                std::ptr::from_mut(&mut collector).cast(),
            )
        };
        unsafe { espeak_Synchronize() };
        if code != EE_OK {
            return Err(Error::Synthesis(code));
        }
        Ok(collector.audio)
    }
}
