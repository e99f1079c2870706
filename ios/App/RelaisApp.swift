import RelaisFFI
import SwiftUI

/// Holds the core and the screen to show. Every text and action comes from the core's screen
/// models; this file only draws them.
@MainActor
final class AppModel: ObservableObject {
    enum Screen {
        case opening
        case home(HomeScreen)
        case orientation(OrientationScreen)
        case form(FormScreen, FormInput)
        case status(RequestStatusScreen)
        case settings(SettingsScreen)
        case problem(String)
    }

    @Published var screen: Screen = .opening
    @Published var crisis: CrisisBar
    private var opened: Relais?
    private var situation: SituationInput?

    init() {
        let language = Locale.preferredLanguages.first ?? "fr"
        // The crisis lines need nothing: they show while the store opens, and if it cannot.
        crisis = crisisLines(language: language)
        Task { await open(language) }
    }

    /// Opens the store off the main thread (`Relais.open` is async).
    private func open(_ language: String) async {
        let dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("relais")
        do {
            let core = try await Relais.open(config: AppConfig(
                dataDir: dir.path, directoryBundle: nil, directoryUrl: AppInfo.directoryUrl, demo: true,
                language: language))
            opened = core
            screen = .home(core.home())
        } catch {
            show(error)
        }
    }

    /// The core; the screens that call it are only shown once it is open.
    private var core: Relais {
        guard let opened else { preconditionFailure("the store is not open yet") }
        return opened
    }

    func orient(_ s: SituationInput) {
        situation = s
        screen = .orientation(core.orient(situation: s))
    }

    func edit(_ input: FormInput) { screen = .form(core.checkForm(form: input), input) }

    func submit(_ input: FormInput) async {
        let check = core.checkForm(form: input)
        guard check.valid else { screen = .form(check, input); return }
        let s = situation ?? SituationInput(age: input.age ?? .unknown, place: input.place, languages: input.languages, interpreterNeeded: input.interpreterNeeded)
        do { screen = .status(try await core.submitRequest(form: input, situation: s)) } catch { show(error) }
    }

    func withdraw(_ id: String) async {
        do { screen = .status(try await core.withdraw(id: id)) } catch { show(error) }
    }

    func settings() { screen = .settings(core.settings()) }

    func language(_ code: String) async {
        do { screen = .settings(try await core.setLanguage(code: code)); crisis = core.crisisBar() } catch { show(error) }
    }

    func eraseEverything() async {
        do { try await core.eraseEverything(); screen = .home(core.home()) } catch { show(error) }
    }

    private func show(_ error: Error) {
        switch error as? RelaisError {
        case .invalidInput(let reason), .notFound(let reason), .storage(let reason), .internal(let reason):
            screen = .problem(reason)
        case .none:
            screen = .problem(error.localizedDescription)
        }
    }
}

@main
struct RelaisApp: App {
    @StateObject private var model = AppModel()
    var body: some Scene {
        WindowGroup { RootView().environmentObject(model) }
    }
}

/// Build settings of the app.
enum AppInfo {
    /// Where the signed directory is refreshed from; none in the demo build.
    static let directoryUrl: String? = nil
}
