try:
    try:
        try:
            try:
                try:
                    try:
                        try:
                            try:
                                try:
                                    try:
                                        try:
                                            try:
                                                try:
                                                    try:
                                                        try:
                                                            try:
                                                                try:
                                                                    try:
                                                                        try:
                                                                            try:
                                                                                pass
                                                                            finally:
                                                                                for x in y:
                                                                                    pass
                                                                        finally:
                                                                            for x in y:
                                                                                pass
                                                                    finally:
                                                                        for x in y:
                                                                            pass
                                                                finally:
                                                                    for x in y:
                                                                        pass
                                                            finally:
                                                                for x in y:
                                                                    pass
                                                        finally:
                                                            for x in y:
                                                                pass
                                                    finally:
                                                        for x in y:
                                                            pass
                                                finally:
                                                    for x in y:
                                                        pass
                                            finally:
                                                for x in y:
                                                    pass
                                        finally:
                                            for x in y:
                                                pass
                                    finally:
                                        for x in y:
                                            pass
                                finally:
                                    for x in y:
                                        pass
                            finally:
                                for x in y:
                                    pass
                        finally:
                            for x in y:
                                pass
                    finally:
                        for x in y:
                            pass
                finally:
                    for x in y:
                        pass
            finally:
                for x in y:
                    pass
        finally:
            for x in y:
                pass
    finally:
        for x in y:
            pass
finally:
    for x in y:
        pass
