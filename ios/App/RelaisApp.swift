import BackgroundTasks
import RelaisFFI
import SwiftUI

/// The shell: sends what the person did to the core, one event at a time, keeps the screen the
/// core answered, and performs the effects it was given. No rule of its own: which screen comes
/// next, what a button does and which text to show are all the core's.
@MainActor
final class Shell: ObservableObject {
    @Published private(set) var update: Update?
    /// The crisis lines need nothing: they show while the store opens, and if it cannot.
    @Published private(set) var crisis: CrisisBar
    @Published private(set) var openingProblem: String?
    private var core: Relais?
    let platform = IOSPlatform()

    init() {
        let language = Locale.preferredLanguages.first ?? "fr"
        crisis = crisisLines(language: language)
        Task { await open(language) }
    }

    /// Opens the store off the main thread (`Relais.open` is async), then starts the app.
    private func open(_ language: String) async {
        let dir = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("relais")
        do {
            let core = try await Relais.open(
                config: AppConfig(dataDir: dir.path, directoryBundle: nil, directoryUrl: AppInfo.directoryUrl,
                                  demo: AppInfo.demo, language: language),
                http: URLSessionClient())
            self.core = core
            BackgroundSync.shared.core = core
            await send(.start)
        } catch let error as RelaisError {
            openingProblem = error.reason
        } catch {
            openingProblem = error.localizedDescription
        }
    }

    func send(_ event: Event) async {
        guard let core else { return }
        let next = await core.dispatch(event: event)
        update = next
        crisis = next.frame.crisis
        for effect in next.effects { await perform(effect) }
    }

    /// A button, a choice, a line of the crisis bar.
    func tap(_ tap: Tap) {
        Task {
            switch tap {
            case .send(let event): await send(event)
            case .perform(let effect): await perform(effect)
            }
        }
    }

    func perform(_ effect: Effect) async {
        switch effect {
        case .sync:
            guard let core else { return }
            let outcome = await core.syncNow()
            for e in outcome.effects { await perform(e) }
            await send(.refresh)
        default:
            platform.perform(effect)
        }
    }
}

extension RelaisError {
    /// The core's sentence for the person.
    var reason: String {
        switch self {
        case .InvalidInput(let reason), .NotFound(let reason), .Storage(let reason), .Internal(let reason):
            return reason
        }
    }
}

@main
struct RelaisApp: App {
    @StateObject private var shell = Shell()
    @Environment(\.scenePhase) private var phase

    init() { BackgroundSync.shared.register() }

    var body: some Scene {
        WindowGroup { RootView().environmentObject(shell) }
            .onChange(of: phase) { phase in
                // Back in front: the core redraws (and syncs); leaving: the next background run.
                if phase == .active { Task { await shell.send(.start) } }
                if phase == .background { BackgroundSync.shared.schedule(in: 15 * 60) }
            }
    }
}

/// Build settings of the app.
enum AppInfo {
    /// Where the signed directory is refreshed from; none in the demo build.
    static let directoryUrl: String? = nil
    static let demo = true
}
