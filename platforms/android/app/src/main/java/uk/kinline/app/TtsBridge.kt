// The Android TextToSpeech voice for the compact, when the tablet has a good voice for the
// detainee's language. Rust asks `hasVoice(tag)` before offering it and falls back to espeak-ng
// or recorded audio; utterance callbacks drive the sentence highlighting.
package uk.kinline.app

import android.content.Context
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import java.util.Locale

class TtsBridge(context: Context, private val onEvent: (String, String) -> Unit) {
    private var ready = false
    private val tts = TextToSpeech(context) { status -> ready = status == TextToSpeech.SUCCESS }

    init {
        tts.setOnUtteranceProgressListener(object : UtteranceProgressListener() {
            override fun onStart(id: String) = onEvent("start", id)
            override fun onDone(id: String) = onEvent("done", id)
            @Deprecated("Deprecated in Java")
            override fun onError(id: String) = onEvent("error", id)
        })
    }

    /** Whether a voice is installed for this BCP 47 tag (not merely a fallback language). */
    fun hasVoice(tag: String): Boolean =
        ready && tts.isLanguageAvailable(Locale.forLanguageTag(tag)) >= TextToSpeech.LANG_AVAILABLE

    /** Speaks one sentence; `id` comes back in the start/done events. */
    fun speak(tag: String, text: String, id: String): Boolean {
        if (!hasVoice(tag)) return false
        tts.language = Locale.forLanguageTag(tag)
        return tts.speak(text, TextToSpeech.QUEUE_ADD, null, id) == TextToSpeech.SUCCESS
    }

    fun stop() { tts.stop() }
}
